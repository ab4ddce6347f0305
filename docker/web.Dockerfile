# A FrontAlert web node. Build from the repository root: docker build -f docker/web.Dockerfile -t frontalert-web .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish web/FrontAlert.Web/FrontAlert.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    FrontAlert__HostSilo=false
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=5 \
  CMD ["dotnet", "FrontAlert.Web.dll", "--health-probe", "http://127.0.0.1:8080/api/v1/health/ready"]
ENTRYPOINT ["dotnet", "FrontAlert.Web.dll"]
