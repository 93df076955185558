using Microsoft.AspNetCore.Authorization;

namespace TtsPanel.Web.Access;

/// <summary>Needs a signed-in user of <see cref="Minimum"/> or a higher role, or an open panel (no admin password).</summary>
public sealed record PanelAccessRequirement(PanelRole Minimum) : IAuthorizationRequirement;
