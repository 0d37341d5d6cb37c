using MassageCoverage.Core.Appeals;

namespace MassageCoverage.Core.Tests.Appeals;

public class AppealDeadlinesTests
{
    private static readonly Uri Ecfr = new("https://www.ecfr.gov/");

    private static readonly AppealDeadlines Deadlines = new(
    [
        new(AppealRoute.Private, AppealStep.InternalAppeal, 180, 0, DeadlineStart.DenialNotice, false, "45 CFR 147.136", Ecfr),
        new(AppealRoute.Private, AppealStep.ExternalReview, 0, 4, DeadlineStart.PlanDecision, false, "45 CFR 147.136(d)", Ecfr),
        new(AppealRoute.MedicaidManagedCare, AppealStep.PlanAppeal, 60, 0, DeadlineStart.DenialNotice, false, "42 CFR 438.402(c)(2)(ii)", Ecfr),
        new(AppealRoute.MedicareAdvantage, AppealStep.Reconsideration, 65, 0, DeadlineStart.DenialNotice, false, "42 CFR 422.582", Ecfr),
    ]);

    [Theory]
    [InlineData("2026-03-02", "2026-08-29")]
    [InlineData("2026-12-31", "2027-06-29")]
    [InlineData("2028-01-01", "2028-06-29")]
    public void Days_are_calendar_days_from_the_notice(string notice, string due) =>
        Assert.Equal(DateOnly.Parse(due), Deadlines.First(AppealRoute.Private)!.DueOn(DateOnly.Parse(notice)));

    [Theory]
    [InlineData("2026-03-02", "2026-07-02")]
    [InlineData("2026-10-31", "2027-02-28")]
    [InlineData("2027-10-31", "2028-02-29")]
    public void Months_keep_the_day_of_the_month_and_clamp_at_a_months_end(string decision, string due) =>
        Assert.Equal(DateOnly.Parse(due), Deadlines.Next(AppealRoute.Private)!.DueOn(DateOnly.Parse(decision)));

    [Fact]
    public void A_route_without_a_next_step_has_none_and_a_route_without_data_has_no_deadline()
    {
        Assert.Null(Deadlines.Next(AppealRoute.MedicareAdvantage));
        Assert.Null(Deadlines.First(AppealRoute.OriginalMedicare));
        Assert.Null(Deadlines.First(AppealRoute.NotSure));
    }

    [Fact]
    public void The_shortest_first_deadline_is_the_one_a_patient_who_cannot_tell_should_aim_for()
    {
        var (deadline, due) = Deadlines.Shortest(new DateOnly(2026, 3, 2))!.Value;
        Assert.Equal((AppealRoute.MedicaidManagedCare, new DateOnly(2026, 5, 1)), (deadline.Route, due));
    }

    [Fact]
    public void Two_deadlines_for_one_step_or_one_without_a_length_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new AppealDeadlines(
        [
            new(AppealRoute.Private, AppealStep.InternalAppeal, 180, 0, DeadlineStart.DenialNotice, false, "a", Ecfr),
            new(AppealRoute.Private, AppealStep.InternalAppeal, 90, 0, DeadlineStart.DenialNotice, false, "b", Ecfr),
        ]));
        Assert.Throws<ArgumentException>(() => new AppealDeadlines(
            [new(AppealRoute.Private, AppealStep.InternalAppeal, 0, 0, DeadlineStart.DenialNotice, false, "a", Ecfr)]));
        Assert.Throws<ArgumentException>(() => new AppealDeadlines(
            [new(AppealRoute.Private, AppealStep.InternalAppeal, 30, 1, DeadlineStart.DenialNotice, false, "a", Ecfr)]));
    }
}
