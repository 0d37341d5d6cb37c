using MassageCoverage.Core.Coverage;
using MassageCoverage.Web.Features.Check;
using MassageCoverage.Web.Features.Language;

namespace MassageCoverage.Web.Tests.Pages.Coverage;

/// <summary>Every code the engine returns has words in both languages, and the words repeat the decision's values.</summary>
public class DecisionTextTests
{
    private static readonly CoverageRequest Request = new()
    {
        PlanType = PlanType.Private, PlanCode = "acme-gold", DiagnosisCodes = ["M79.7"], ProviderType = ProviderType.MassageTherapist,
        VisitsUsed = 6, PatientAge = 12, PlannedMinutes = 45, PooledVisitsUsed = 20, AsOf = new DateOnly(2026, 3, 2),
    };

    private static readonly CoverageRule Rule = new(1, new DateOnly(2025, 1, 1), null, new RuleTerms
    {
        ServiceCodes = ["97124", "97140"], Covered = true, RequiresReferral = true, ReferralValidDays = 90,
        PriorAuthorizationAfterVisits = 6, AllowedProviderTypes = [ProviderType.PhysicalTherapist, ProviderType.OccupationalTherapist],
        MaxVisitsPerYear = 20, Pathway = RulePathway.ProgramEnrollment, ProgramName = "Complementary and Integrative Health waiver",
        VisitPool = new VisitPool("rehab", [PooledService.PhysicalTherapy, PooledService.Chiropractic]), MaxMinutesPerVisit = 30,
        BenefitPeriod = BenefitPeriodKind.PlanYear, PlanYearStartMonth = 7, CoveredDiagnosisPrefixes = ["M54", "m62.83"],
        MinAge = 18, MaxAge = 64,
    });

    private static CoverageDecision Decision(params RequirementOutcome[] requirements) => new()
    {
        Decision = Core.Coverage.Decision.Conditional,
        Summary = SummaryCode.CoversOnceMet,
        Request = Request,
        Owner = new CoverageOwner(OwnerKind.Plan, "acme-gold", "Gold PPO", "Acme Health"),
        AppliedRule = Rule,
        Requirements = requirements,
        Pathway = Rule.Terms.Pathway,
        ProgramName = Rule.Terms.ProgramName,
        VisitPool = Rule.Terms.VisitPool,
        VisitsRemaining = 0,
        BenefitPeriod = BenefitPeriod.Holding(Rule.Terms, Request.AsOf),
    };

    [Fact]
    public void Every_finding_and_its_step_have_words()
    {
        foreach (var finding in Enum.GetValues<Finding>())
        {
            var outcome = new RequirementOutcome(RequirementCode.Referral, RequirementStatus.Unknown, finding, 0);
            var decision = Decision(outcome);

            Assert.False(string.IsNullOrWhiteSpace(DecisionText.Detail(outcome, decision).ToString()), $"{finding} has no words");
            Assert.True(outcome.HowToMeet is null || !string.IsNullOrWhiteSpace(DecisionText.HowToMeet(outcome, decision)?.ToString()), $"{finding}'s step has no words");
        }
    }

    [Fact]
    public void Every_next_step_reason_summary_and_question_has_words()
    {
        var decision = Decision(new RequirementOutcome(RequirementCode.Referral, RequirementStatus.Unknown, Finding.ReferralUnknown));

        Assert.All(Enum.GetValues<NextStep>(), step => Assert.False(string.IsNullOrWhiteSpace(DecisionText.Step(step, decision).ToString()), $"{step}"));
        Assert.All(Enum.GetValues<ReasonCode>(), code => Assert.False(
            string.IsNullOrWhiteSpace(DecisionText.Reason(new Reason(code, RequirementCode.Referral, "A note."), decision).ToString()), $"{code}"));
        Assert.All(Enum.GetValues<SummaryCode>(), code => Assert.False(string.IsNullOrWhiteSpace(DecisionText.Summary(decision with { Summary = code }).ToString()), $"{code}"));
        Assert.All(Enum.GetValues<InsurerQuestion>(), code => Assert.False(
            string.IsNullOrWhiteSpace(DecisionText.Question(new Question(code, RequirementCode.Referral), decision).ToString()), $"{code}"));
        Assert.All(Enum.GetValues<OwnerKind>(), kind => Assert.False(string.IsNullOrWhiteSpace(DecisionText.OwnerId(new CoverageOwner(kind, "X", "Y", null)))));
    }

    [Fact]
    public void The_words_repeat_the_rule_and_the_answers()
    {
        var visits = new RequirementOutcome(RequirementCode.VisitLimit, RequirementStatus.Unmet, Finding.NoVisitsLeft, 20);
        var session = new RequirementOutcome(RequirementCode.SessionLength, RequirementStatus.Unmet, Finding.SessionTooLong, 2);
        var enrolment = new RequirementOutcome(RequirementCode.ProgramEnrollment, RequirementStatus.Unknown, Finding.EnrollmentUnknown);
        var decision = Decision(visits, session, enrolment);

        Assert.Equal(
            "You have used 20 of the 20 rehab visits this rule allows in this benefit period, which ends on June 30, 2026 (rehab visits: "
                + "physical therapy and chiropractic together with massage); none are left; visits renew on July 1, 2026.",
            DecisionText.Detail(visits, decision).ToString());
        Assert.Equal(
            "This rule pays for up to 30 minutes a visit (2 units by Medicare's 8-minute rule); of your 45-minute session it covers 2 units, "
                + "and 15 minutes are not covered.",
            DecisionText.Detail(session, decision).ToString());
        Assert.Equal(
            "Check whether you are enrolled in the Complementary and Integrative Health waiver: your enrolment letter or support plan says so.",
            DecisionText.HowToMeet(enrolment, decision)?.ToString());
        Assert.Equal(
            "Covered only for people enrolled in the Complementary and Integrative Health waiver: Gold PPO from Acme Health can cover "
                + "CPT 97124 (massage) once 3 requirements below are met or confirmed.",
            DecisionText.Summary(decision).ToString());
        Assert.Equal("Ask your provider to request prior authorization before visit 7.", DecisionText.Step(NextStep.RequestAuthorizationLater, decision).ToString());
        Assert.Equal("We have no private plan with the code 'acme-gold'.", DecisionText.Reason(new Reason(ReasonCode.PlanNotFound), decision).ToString());
    }

    [Fact]
    public void In_Spanish_the_words_carry_the_same_values_and_entered_names_stay_as_entered()
    {
        var visits = new RequirementOutcome(RequirementCode.VisitLimit, RequirementStatus.Unmet, Finding.NoVisitsLeft, 20);
        var session = new RequirementOutcome(RequirementCode.SessionLength, RequirementStatus.Unmet, Finding.SessionTooLong, 2);
        var enrolment = new RequirementOutcome(RequirementCode.ProgramEnrollment, RequirementStatus.Unknown, Finding.EnrollmentUnknown);
        var decision = Decision(visits, session, enrolment);

        Languages.In(Languages.Spanish, () =>
        {
            Assert.Equal(
                "Ha usado 20 de las 20 visitas de rehab que esta regla permite en este periodo de beneficios, que termina el 30 de junio de "
                    + "2026 (visitas de rehab: terapia física y quiropráctica junto con el masaje); no le queda ninguna; las visitas se "
                    + "renuevan el 1 de julio de 2026.",
                DecisionText.Detail(visits, decision).ToString());
            Assert.Equal(
                "Esta regla paga hasta 30 minutos por visita (2 unidades según la regla de 8 minutos de Medicare); de su sesión de 45 "
                    + "minutos cubre 2 unidades, y 15 minutos no están cubiertos.",
                DecisionText.Detail(session, decision).ToString());
            Assert.Equal(
                "Cubierto solo para personas inscritas en el programa Complementary and Integrative Health waiver: Gold PPO de Acme Health "
                    + "puede cubrir CPT 97124 (masaje) cuando se cumplan o se confirmen los 3 requisitos de la lista de abajo.",
                DecisionText.Summary(decision).ToString());
            Assert.Equal("No tenemos ningún plan privado con el código 'acme-gold'.",
                DecisionText.Reason(new Reason(ReasonCode.PlanNotFound), decision).ToString());
            Assert.Equal("<span lang=\"en\">Covers 12 visits.</span> (en inglés)",
                Html(DecisionText.Reason(new Reason(ReasonCode.RuleNotes, Text: "Covers 12 visits."), decision)));
            return 0;
        });
    }

    [Fact]
    public void A_page_marks_what_was_entered_in_English_only_when_it_is_not_in_English()
    {
        var decision = Decision(new RequirementOutcome(RequirementCode.ProgramEnrollment, RequirementStatus.Unknown, Finding.EnrollmentUnknown));

        var english = Languages.In(Languages.English, () => Html(DecisionText.Summary(decision)));
        var spanish = Languages.In(Languages.Spanish, () => Html(DecisionText.Summary(decision)));

        Assert.DoesNotContain("lang=", english, StringComparison.Ordinal);
        Assert.Contains("el programa <span lang=\"en\">Complementary and Integrative Health waiver</span>", spanish, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en\">Gold PPO</span> de <span lang=\"en\">Acme Health</span>", spanish, StringComparison.Ordinal);
        Assert.Equal("A &amp; B &lt;b&gt;", Languages.In(Languages.Spanish,
            () => Html(Localized.Format("{0}", AsEntered.Name("A & B <b>"))).Replace("<span lang=\"en\">", "", StringComparison.Ordinal)
                .Replace("</span>", "", StringComparison.Ordinal)));
    }

    private static string Html(Localized words)
    {
        using var writer = new StringWriter();
        words.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }
}
