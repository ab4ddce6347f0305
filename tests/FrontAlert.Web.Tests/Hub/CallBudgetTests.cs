using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>A client that connects and asks for a long replay gets it once; one that keeps asking is refused.</summary>
public sealed class CallBudgetTests
{
    [Fact]
    public void A_replay_longer_than_a_burst_goes_right_after_its_Subscribe_and_leaves_the_bucket_in_debt()
    {
        var budget = new CallBudget();
        budget.Spend(); // the Subscribe call itself
        budget.Spend(CallBudget.Burst + 5); // its replay: 25,000 alerts at 1,000 a call

        Assert.Throws<HubException>(() => budget.Spend());
    }

    [Fact]
    public void A_second_long_replay_at_once_is_refused_and_takes_nothing()
    {
        var budget = new CallBudget();
        budget.Spend();
        budget.Spend(10);

        Assert.Throws<HubException>(() => budget.Spend(10));
        budget.Spend(5); // what the refused call did not take is still there
    }
}
