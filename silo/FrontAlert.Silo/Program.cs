using FrontAlert.Silo;

await SiloApp.Build(args).RunAsync();
