using Microsoft.AspNetCore.Http.HttpResults;
using TtsPanel.App.Settings;
using TtsPanel.Web.Access;

namespace TtsPanel.Web.Settings;

/// <summary>Admin-only HTTP API for the settings: read them (secrets masked), save one section as the page does.</summary>
public static class SettingsApi
{
    public const string Path = "/api/settings";

    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Path).RequireAuthorization(AccessPolicies.Admin);
        api.MapGet("/", (SettingsStore store) =>
            TypedResults.Ok(store.Sections.ToDictionary(s => s.Name, s => store.Read(s))));
        api.MapPut("/{section}", Save);
        return endpoints;
    }

    private static Results<Ok<Dictionary<string, string>>, NotFound, ValidationProblem> Save(string section, Dictionary<string, string> values, SettingsStore store)
    {
        if (store.Sections.FirstOrDefault(s => s.Name.Equals(section, StringComparison.OrdinalIgnoreCase)) is not { } found)
            return TypedResults.NotFound();
        // A field left out keeps the value in effect, as an untouched field on the page does.
        var texts = store.Read(found);
        foreach (var (name, text) in values)
            texts[name] = text;
        var result = store.Save(found, texts);
        if (!result.Saved)
        {
            var errors = found.Fields
                .Select(f => (Key: found.Key(f.Name), Messages: result.For(found.Key(f.Name)).ToArray()))
                .Where(e => e.Messages.Length > 0)
                .ToDictionary(e => e.Key, e => e.Messages);
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", result.Failures));
        }

        return TypedResults.Ok(store.Read(found));
    }
}
