using FrontAlert.Web;

await FrontAlertApp.Build(args).RunAsync();
