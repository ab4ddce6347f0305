using FrontAlert.Contracts;
namespace FrontAlert.Hosting;

/// <summary>
/// <c>--health-probe URL</c>: exits 0 when the URL answers 2xx, 1 otherwise. Container health checks use it because
/// the runtime images carry no curl.
/// </summary>
public static class HealthProbe
{
    public static bool Requested(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args is not ["--health-probe", var url])
        {
            return false;
        }
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            exitCode = http.GetAsync(new Uri(url)).GetAwaiter().GetResult().IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            exitCode = 1;
        }
        return true;
    }
}
