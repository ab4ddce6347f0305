
using FrontAlert.Hosting;
using FrontAlert.Web;

if (HealthProbe.Requested(args, out var exitCode))
{
    return exitCode;
}
await FrontAlertApp.Build(args).RunAsync();
return 0;
