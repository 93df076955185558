using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Settings;

/// <summary>
/// The settings saved on the Settings page: plain values in the LiteDB collection <c>settings</c>, secrets in the
/// <see cref="ISecretStore"/>. Both feed <see cref="SettingsConfigurationProvider"/>, so a save reaches every
/// <c>IOptionsMonitor</c> consumer without a restart. A section is checked by its start-up validator before anything
/// is written; a refused save changes nothing. Logs name keys, never values.
/// </summary>
public sealed class SettingsStore(
    PanelDatabase database,
    ISecretStore secrets,
    SettingsConfigurationSource source,
    IConfiguration configuration,
    IEnumerable<SettingsSection> sections,
    ILogger<SettingsStore> logger)
{
    private readonly ILiteCollection<SettingDocument> _settings = database.Database.GetCollection<SettingDocument>("settings");
    private readonly Lock _gate = new();

    /// <summary>The sections the page edits, in page order.</summary>
    public IReadOnlyList<SettingsSection> Sections { get; } = sections.ToList();

    /// <summary>The section with configuration name <paramref name="name"/> (e.g. <c>Chat:Twitch</c>).</summary>
    public SettingsSection Section(string name) =>
        Sections.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No settings section {name}.", nameof(name));

    /// <summary>Puts the saved settings and secrets into the configuration; called once at start, before options are read.</summary>
    public void Load()
    {
        lock (_gate)
        {
            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            var lists = new List<string>();
            foreach (var document in _settings.FindAll())
            {
                if (document.Items is { } items)
                {
                    lists.Add(document.Id);
                    for (var i = 0; i < items.Count; i++)
                        values[$"{document.Id}:{i}"] = items[i];
                }
                else
                {
                    values[document.Id] = document.Value;
                }
            }

            foreach (var key in SecretKeys())
            {
                if (secrets.Get(key) is { } secret)
                    values[key] = secret;
            }

            source.Provider.Replace(values, lists);
        }
    }

    /// <summary>The section's values in effect now, as the page edits them; secrets masked.</summary>
    public Dictionary<string, string> Read(SettingsSection section)
    {
        var texts = section.ToTexts(Current(section));
        foreach (var field in section.Fields.Where(f => f.Kind == SettingKind.Secret))
            texts[field.Name] = texts[field.Name] is { Length: > 0 } secret ? SecretMask.Mask(secret) : "";
        return texts;
    }

    /// <summary>
    /// The secret in effect for <paramref name="text"/>: the one in use when <paramref name="text"/> is its mask (the
    /// page sends the mask back when the field was not touched), else <paramref name="text"/> itself.
    /// </summary>
    public string SecretFor(SettingsSection section, string field, string text) =>
        SecretMask.IsMask(text) ? configuration[section.Key(field)] ?? "" : text;

    /// <summary>
    /// The options <paramref name="texts"/> stand for, with masked secrets replaced by the ones in use, or the
    /// complaints of the type check and the section's validator.
    /// </summary>
    public (object? Options, IReadOnlyList<string> Failures) Check(SettingsSection section, IReadOnlyDictionary<string, string> texts)
    {
        var effective = texts.ToDictionary(t => t.Key, t => t.Value);
        foreach (var field in section.Fields.Where(f => f.Kind == SettingKind.Secret))
            effective[field.Name] = SecretFor(section, field.Name, effective.GetValueOrDefault(field.Name, ""));
        var (values, _, failures) = section.ToConfiguration(effective);
        if (failures.Count > 0)
            return (null, failures);
        var options = Bind(section, new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        var complaints = section.Validate(options);
        return complaints.Count > 0 ? (null, complaints) : (options, []);
    }

    /// <summary>Checks and, when valid, saves and applies the section; refused, nothing is written.</summary>
    public SettingsSaveResult Save(SettingsSection section, IReadOnlyDictionary<string, string> texts)
    {
        var (options, failures) = Check(section, texts);
        if (options is null)
        {
            logger.LogInformation("Settings {Section} refused: {FailureCount} problems", section.Name, failures.Count);
            return new SettingsSaveResult(failures);
        }

        var (values, lists, _) = section.ToConfiguration(texts);
        lock (_gate)
        {
            // One transaction: a section is saved whole or not at all.
            database.Database.BeginTrans();
            try
            {
                foreach (var field in section.Fields.Where(f => f.Kind != SettingKind.Secret))
                {
                    var key = section.Key(field.Name);
                    _settings.Upsert(lists.Contains(key)
                        ? new SettingDocument { Id = key, Items = values.Where(v => IsItemOf(v.Key, key)).OrderBy(v => ItemIndex(v.Key)).Select(v => v.Value ?? "").ToList() }
                        : new SettingDocument { Id = key, Value = values[key] });
                }

                database.Database.Commit();
            }
            catch
            {
                database.Database.Rollback();
                throw;
            }

            foreach (var field in section.Fields.Where(f => f.Kind == SettingKind.Secret))
                SaveSecret(section.Key(field.Name), texts.GetValueOrDefault(field.Name, "").Trim());
            database.Database.Checkpoint();
        }

        Load();
        logger.LogInformation("Settings {Section} saved and applied", section.Name);
        return new SettingsSaveResult([]);
    }

    /// <summary>Stores <paramref name="secret"/> under <paramref name="key"/> and applies it at once (e.g. a generated webhook token).</summary>
    public void SetSecret(string key, string secret)
    {
        lock (_gate)
            SaveSecret(key, secret);
        Load();
        logger.LogInformation("Secret {Key} replaced", key);
    }

    private void SaveSecret(string key, string text)
    {
        // The mask means "unchanged"; an empty field forgets the stored secret, so the settings file's applies again.
        if (SecretMask.IsMask(text))
            return;
        if (text.Length == 0)
            secrets.Remove(key);
        else
            secrets.Set(key, text);
    }

    private object Current(SettingsSection section) => Bind(section, configuration);

    private static object Bind(SettingsSection section, IConfiguration from) =>
        from.GetSection(section.Name).Get(section.OptionsType) ?? Activator.CreateInstance(section.OptionsType)!;

    private IEnumerable<string> SecretKeys() =>
        Sections.SelectMany(s => s.Fields.Where(f => f.Kind == SettingKind.Secret).Select(f => s.Key(f.Name)));

    private static bool IsItemOf(string key, string list) =>
        key.Length > list.Length + 1 && key.StartsWith(list + ":", StringComparison.OrdinalIgnoreCase);

    private static int ItemIndex(string key) => int.Parse(key[(key.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
