using MassageCoverage.Testing;
using Microsoft.EntityFrameworkCore;

namespace MassageCoverage.Web.Tests.Pages.Account.Settings;

/// <summary>
/// Changing the password and the email address from a signed-in session: each asks for the current password, each is
/// mailed to the owner, and a new address is used only once the link sent there is opened.
/// </summary>
[Collection(AppCollectionDefinition.Name)]
public class PasswordAndEmailTests(AppFixture app)
{
    private const string NewPassword = "another long passphrase";
    private const string EmailChangePrefix = "Use this address: ";

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_says_so_beside_the_field()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        using var refused = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/password"),
            new Dictionary<string, string> { ["Current"] = "not my password at all", ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        var page = await HtmlPage.ParseAsync(refused);
        Assert.Contains("That is not your current password.", page.QuerySelector("#current-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.Factory.DbAsync(db => db.Users.Where(u => u.Email == patient.Email).Select(u => u.AccessFailedCount).SingleAsync()));
        Assert.True(await SignsInAsync(patient.Email, PatientSession.DefaultPassword));
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one_keeps_this_session_and_is_mailed_to_the_owner()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        using var changed = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/password"),
            new Dictionary<string, string> { ["Current"] = patient.Password, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        var page = await HtmlPage.ParseAsync(changed);
        Assert.Equal("/account/settings", changed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.StartsWith("Your password is changed.", page.QuerySelector("[role=status]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.False(await SignsInAsync(patient.Email, PatientSession.DefaultPassword));
        Assert.True(await SignsInAsync(patient.Email, NewPassword));
        var notice = Mailbox.To(app.Factory, patient.Email)[^1];
        Assert.Contains("Subject: Your MassageCoverage password was changed", notice, StringComparison.Ordinal);
        Assert.Equal(1, await app.Factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "password changed"
            && a.EntityId == db.Users.Single(u => u.Email == patient.Email).Id)));
    }

    [Theory]
    [InlineData("short", "Password")]
    [InlineData(PatientSession.DefaultPassword, "Password")]
    public async Task A_new_password_the_policy_refuses_is_refused_beside_its_field(string password, string field)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        using var refused = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/password"),
            new Dictionary<string, string> { ["Current"] = patient.Password, ["Password"] = password, ["ConfirmPassword"] = password });

        var page = await HtmlPage.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector($"#{char.ToLowerInvariant(field[0])}{field[1..]}-error"));
        Assert.True(await SignsInAsync(patient.Email, PatientSession.DefaultPassword));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_new_address_is_refused_beside_its_field(string blank)
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);

        using var asked = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/email"),
            new Dictionary<string, string> { ["NewEmail"] = blank, ["Current"] = patient.Password });

        var page = await HtmlPage.ParseAsync(asked);
        Assert.Contains("Enter your email address.", page.QuerySelector("#newEmail-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_address_is_used_only_once_its_link_is_opened_and_the_old_address_is_told()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var newEmail = $"moved-{Guid.NewGuid():N}@example.test";

        using var asked = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/email"),
            new Dictionary<string, string> { ["NewEmail"] = newEmail, ["Current"] = patient.Password });
        var page = await HtmlPage.ParseAsync(asked);
        Assert.Contains($"We sent a link to {newEmail}.", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        // Until the link is opened nothing changed.
        Assert.True(await SignsInAsync(patient.Email, patient.Password));
        Assert.Contains("Subject: Your MassageCoverage email address is about to change", Mailbox.To(app.Factory, patient.Email)[^1], StringComparison.Ordinal);
        var link = Mailbox.Link(app.Factory, newEmail, EmailChangePrefix);

        using var anyone = app.Factory.CreateClient();
        var confirm = await HtmlPage.ParseAsync(await anyone.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative)));
        Assert.Contains(newEmail, confirm.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        using var confirmed = await FormSubmitter.SubmitAsync(anyone, await anyone.FormAsync(link.PathAndQuery), new Dictionary<string, string>());
        Assert.Contains("Your email address is changed.", (await HtmlPage.ParseAsync(confirmed)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        Assert.False(await SignsInAsync(patient.Email, patient.Password));
        Assert.True(await SignsInAsync(newEmail, patient.Password));
        var user = await app.Factory.DbAsync(db => db.Users.SingleAsync(u => u.Email == newEmail));
        Assert.Equal((newEmail, true), (user.UserName, user.EmailConfirmed));
        var trail = await app.Factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id).ToListAsync());
        Assert.Contains(trail, a => a.Action == "email change asked");
        Assert.Contains(trail, a => a.Action == "email changed");
        Assert.DoesNotContain(trail, a => (a.Before + a.After).Contains('@', StringComparison.Ordinal));

        // A link used once does not work again.
        using var twice = await FormSubmitter.SubmitAsync(anyone, await anyone.FormAsync(link.PathAndQuery), new Dictionary<string, string>());
        Assert.NotNull((await HtmlPage.ParseAsync(twice)).QuerySelector("[role=alert]"));
    }

    [Fact]
    public async Task An_address_that_has_an_account_gets_the_same_answer_and_its_owner_is_told_instead()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var other = await PatientSession.RegisterAsync(app.Factory);
        var before = Mailbox.To(app.Factory, other.Email).Count;

        using var asked = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/email"),
            new Dictionary<string, string> { ["NewEmail"] = other.Email, ["Current"] = patient.Password });

        Assert.Contains($"We sent a link to {other.Email}.", (await HtmlPage.ParseAsync(asked)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var messages = Mailbox.To(app.Factory, other.Email);
        Assert.Equal(before + 1, messages.Count);
        Assert.Contains("This address already has its own account, so nothing changed.", messages[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(EmailChangePrefix, messages[^1], StringComparison.Ordinal);
        Assert.True(await SignsInAsync(patient.Email, patient.Password));
    }

    [Fact]
    public async Task A_new_password_voids_a_pending_address_change()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        var newEmail = $"moved-{Guid.NewGuid():N}@example.test";
        using (await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/email"),
            new Dictionary<string, string> { ["NewEmail"] = newEmail, ["Current"] = patient.Password }))
        {
        }

        var link = Mailbox.Link(app.Factory, newEmail, EmailChangePrefix);
        using (await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/password"),
            new Dictionary<string, string> { ["Current"] = patient.Password, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword }))
        {
        }

        using var anyone = app.Factory.CreateClient();
        using var refused = await FormSubmitter.SubmitAsync(anyone, await anyone.FormAsync(link.PathAndQuery), new Dictionary<string, string>());
        Assert.Contains("This link does not work", (await HtmlPage.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.DbAsync(db => db.Users.CountAsync(u => u.Email == newEmail)));
    }

    [Fact]
    public async Task The_same_address_or_a_malformed_one_is_refused_beside_the_field()
    {
        var patient = await PatientSession.RegisterAsync(app.Factory);
        foreach (var (address, message) in new[] { (patient.Email.ToUpperInvariant(), "That is the address you have now."), ("not an address", "") })
        {
            using var refused = await FormSubmitter.SubmitAsync(patient.Client, await patient.FormAsync("/account/settings/email"),
                new Dictionary<string, string> { ["NewEmail"] = address, ["Current"] = patient.Password });
            var error = (await HtmlPage.ParseAsync(refused)).QuerySelector("#newEmail-error");
            Assert.NotNull(error);
            Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        }
    }

    private async Task<bool> SignsInAsync(string email, string password)
    {
        using var client = app.Factory.CreateClient();
        using var response = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = email, ["Form.Password"] = password });
        return response.RequestMessage!.RequestUri!.AbsolutePath == "/account";
    }

}
