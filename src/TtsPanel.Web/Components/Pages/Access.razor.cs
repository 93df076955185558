using Microsoft.AspNetCore.Components;
using TtsPanel.Web.Access;

namespace TtsPanel.Web.Components.Pages;

/// <summary>The admin's Access page: set or change the admin and moderator passwords, regenerate the overlay key.</summary>
public partial class Access
{
    private const string SameAsOther = "The admin and moderator passwords must differ: the password decides the role.";
    private Dictionary<string, string> _errors = [];
    private string? _currentAdmin;
    private string? _newAdmin;
    private string? _confirmAdmin;
    private string? _newModerator;
    private string? _saved;

    [Inject] private AccessStore Store { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    private void SetAdmin()
    {
        _errors = [];
        _saved = null;
        if (!Store.IsOpen && !Store.Matches(PanelRole.Admin, _currentAdmin ?? ""))
            _errors["current"] = "This is not the current admin password.";
        else if (PasswordRules.Check(_newAdmin ?? "") is { } problem)
            _errors["admin"] = $"The password {problem}";
        else if (_newAdmin != _confirmAdmin)
            _errors["admin"] = "The two passwords differ.";
        else if (Store.Matches(PanelRole.Moderator, _newAdmin!))
            _errors["admin"] = SameAsOther;
        if (_errors.Count > 0)
            return;

        Store.SetPassword(PanelRole.Admin, _newAdmin!);
        // This session was signed in with the old password, or with none: log in with the new one.
        Navigation.NavigateTo(LoginEndpoints.LoginPath, forceLoad: true);
    }

    private void SetModerator()
    {
        _errors = [];
        _saved = null;
        if (PasswordRules.Check(_newModerator ?? "") is { } problem)
            _errors["moderator"] = $"The password {problem}";
        else if (Store.Matches(PanelRole.Admin, _newModerator!))
            _errors["moderator"] = SameAsOther;
        if (_errors.Count > 0)
            return;

        Store.SetPassword(PanelRole.Moderator, _newModerator!);
        (_newModerator, _saved) = (null, "Moderator password set; moderators signed in with the old one must log in again.");
    }
}
