using FrontAlert.Hosting;
using FrontAlert.Silo;

if (HealthProbe.Requested(args, out var exitCode))
{
    return exitCode;
}
await SiloApp.Build(args).RunAsync();
return 0;
