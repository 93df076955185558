using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Settings;

/// <summary>
/// One options class the Settings page edits: its configuration section, its properties as fields, the validator that
/// checks it at start (the page refuses what it refuses) and which of its properties are secrets.
/// </summary>
public sealed class SettingsSection
{
    private readonly Func<object, IEnumerable<string>> _validate;
    private readonly Dictionary<string, PropertyInfo> _properties;

    private SettingsSection(string name, string title, Type optionsType, Func<object, IEnumerable<string>> validate, IReadOnlyCollection<string> secrets)
    {
        Name = name;
        Title = title;
        OptionsType = optionsType;
        _validate = validate;
        _properties = optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.SetMethod is { IsPublic: true })
            .ToDictionary(p => p.Name);
        Fields = _properties.Values.Select(p => FieldOf(p, secrets)).ToList();
    }

    /// <summary>The configuration section, e.g. <c>Chat:Twitch</c>.</summary>
    public string Name { get; }

    /// <summary>The heading on the Settings page, e.g. <c>Twitch</c>.</summary>
    public string Title { get; }

    /// <summary>The options class bound from the section.</summary>
    public Type OptionsType { get; }

    /// <summary>Every public settable property, in declaration order.</summary>
    public IReadOnlyList<SettingField> Fields { get; }

    /// <summary>Describes <typeparamref name="TOptions"/> in <paramref name="name"/>, checked by <paramref name="validator"/>.</summary>
    /// <param name="secrets">Names of the properties that are secrets (stored protected, shown masked).</param>
    public static SettingsSection For<TOptions>(string name, string title, IValidateOptions<TOptions> validator, params string[] secrets)
        where TOptions : class =>
        new(name, title, typeof(TOptions), options => validator.Validate(null, (TOptions)options) is { Failed: true } result ? result.Failures : [], secrets);

    /// <summary>The field's full configuration key, e.g. <c>Chat:Twitch:Channels</c>.</summary>
    public string Key(string field) => $"{Name}:{field}";

    /// <summary>The validator's complaints about <paramref name="options"/>; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(object options) => _validate(options).ToList();

    /// <summary>Each field's value as the page edits it: invariant numbers, enum names, lists one item per line.</summary>
    public Dictionary<string, string> ToTexts(object options) =>
        _properties.Values.ToDictionary(p => p.Name, p => Text(p.GetValue(options)));

    /// <summary>
    /// The configuration keys and values that <paramref name="texts"/> stand for, and the lists among them; a text that
    /// cannot be its field's type is a failure naming the key and the text.
    /// </summary>
    public (Dictionary<string, string?> Values, List<string> Lists, List<string> Failures) ToConfiguration(IReadOnlyDictionary<string, string> texts)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var lists = new List<string>();
        var failures = new List<string>();
        foreach (var (name, property) in _properties)
        {
            var text = texts.GetValueOrDefault(name, "").Trim();
            var key = Key(name);
            if (ListItemType(property.PropertyType) is { } itemType)
            {
                lists.Add(key);
                var items = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                for (var i = 0; i < items.Length; i++)
                {
                    if (FormatFailure(key, itemType, items[i]) is { } failure)
                        failures.Add(failure);
                    values[$"{key}:{i}"] = items[i];
                }
            }
            else
            {
                if (FormatFailure(key, property.PropertyType, text) is { } failure)
                    failures.Add(failure);
                values[key] = text;
            }
        }

        return (values, lists, failures);
    }

    private static string? FormatFailure(string key, Type type, string text)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        // An empty number leaves the default (or null) in place, as an empty value in appsettings.json does.
        if (text.Length == 0 && target != typeof(string))
            return null;
        if (target == typeof(int) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            return $"{key} must be a whole number (was '{text}').";
        if (target == typeof(double) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            return $"{key} must be a number such as 1.5 (was '{text}').";
        if (target == typeof(bool) && !bool.TryParse(text, out _))
            return $"{key} must be true or false (was '{text}').";
        if (target.IsEnum && !Enum.TryParse(target, text, ignoreCase: true, out _))
            return $"{key} must be {(target.IsDefined(typeof(FlagsAttribute)) ? "any of" : "one of")} {string.Join(", ", Enum.GetNames(target))} (was '{text}').";
        return null;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        string s => s,
        IEnumerable items => string.Join('\n', items.Cast<object?>().Select(Text)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // The label and help live on the options property ([Display]), beside its XML doc, so the page cannot drift from it.
    private static SettingField FieldOf(PropertyInfo property, IReadOnlyCollection<string> secrets)
    {
        var display = property.GetCustomAttribute<DisplayAttribute>();
        return new SettingField(property.Name, KindOf(property, secrets), Choices(property.PropertyType),
            display?.Name ?? property.Name, display?.Description ?? "");
    }

    private static SettingKind KindOf(PropertyInfo property, IReadOnlyCollection<string> secrets)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (secrets.Contains(property.Name))
            return SettingKind.Secret;
        if (type == typeof(bool))
            return SettingKind.Switch;
        if (type == typeof(int) || type == typeof(double))
            return SettingKind.Number;
        return ListItemType(type) is null ? SettingKind.Text : SettingKind.Lines;
    }

    private static IReadOnlyList<string> Choices(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType ? Enum.GetNames(enumType) : [];

    private static Type? ListItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
}
