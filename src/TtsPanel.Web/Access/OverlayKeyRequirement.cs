using Microsoft.AspNetCore.Authorization;

namespace TtsPanel.Web.Access;

/// <summary>Needs the overlay key in the request's <c>key</c> query parameter, whether or not a password is set.</summary>
public sealed record OverlayKeyRequirement : IAuthorizationRequirement
{
    public const string QueryName = "key";
}
