using MassageCoverage.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MassageCoverage.Web.Features.Accounts;

/// <summary>
/// The link that invites a new staff member or admin to choose their own password: nobody else ever sees it. Its token
/// is Identity's data-protection token with a purpose and a lifespan of its own; it names the account's security
/// stamp, which setting the password changes, so a link works once.
/// </summary>
public static class Invitations
{
    public const string Provider = "Invitation";
    public const string Purpose = "Invitation";

    /// <summary>Audit actions: sent (or sent again) by an admin, accepted by the invitee.</summary>
    public const string SentAction = "invite";
    public const string AcceptedAction = "invite-accepted";
}

/// <summary>Seven days, as the invitation's message says: longer than a reset link, since the invitee did not ask for it.</summary>
public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = Invitations.Provider;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}

public sealed class InvitationTokenProvider(
    IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(protection, options, logger);
