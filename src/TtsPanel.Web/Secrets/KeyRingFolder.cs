using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;

namespace TtsPanel.Web.Secrets;

/// <summary>Keeps the Data Protection key ring in <c>keys/</c> under the data folder, beside the database it protects.</summary>
public sealed class KeyRingFolder(IOptions<StorageOptions> storage, ILoggerFactory loggers) : IConfigureOptions<KeyManagementOptions>
{
    public const string FolderName = "keys";

    public void Configure(KeyManagementOptions options) =>
        options.XmlRepository = new FileSystemXmlRepository(
            new DirectoryInfo(Path.GetFullPath(Path.Combine(storage.Value.DataDirectory, FolderName))), loggers);
}
