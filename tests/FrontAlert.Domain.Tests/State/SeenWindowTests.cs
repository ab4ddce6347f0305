namespace FrontAlert.Domain.Tests.State;

public class SeenWindowTests
{
    private static SeenWindow Filled(int count)
    {
        var window = new SeenWindow();
        for (var i = 0; i < count; i++)
        {
            window.Add($"r{i}");
        }
        return window;
    }

    [Fact]
    public void The_window_remembers_recent_ids_and_nothing_else()
    {
        var window = Filled(3);

        Assert.Equal((true, true, false), (window.Contains("r0"), window.Contains("r2"), window.Contains("r3")));
    }

    [Fact]
    public void The_window_forgets_the_oldest_id_once_full()
    {
        var window = Filled(SeenWindow.Capacity + 1);

        Assert.Equal((false, true, true), (window.Contains("r0"), window.Contains("r1"), window.Contains($"r{SeenWindow.Capacity}")));
        Assert.Equal(SeenWindow.Capacity + 1, window.Added);
        Assert.Equal(SeenWindow.Capacity, window.Ring.Length);
    }

    [Fact]
    public void The_window_survives_being_stored_and_loaded()
    {
        var stored = Filled(5);

        var loaded = new SeenWindow { Ring = [.. stored.Ring], Next = stored.Next, Added = stored.Added };
        loaded.Add("r5");

        Assert.Equal((true, true, 6L), (loaded.Contains("r0"), loaded.Contains("r5"), loaded.Added));
    }

    [Fact]
    public void Id_hashes_are_stable_across_processes()
    {
        Assert.Equal(0xaf63dc4c8601ec8cUL, SeenWindow.Hash("a"));
    }
}
