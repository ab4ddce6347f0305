# A FrontAlert silo. Build from the repository root: docker build -f docker/silo.Dockerfile -t frontalert-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish silo/FrontAlert.Silo/FrontAlert.Silo.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    FrontAlert__SiloPort=11111 \
    FrontAlert__GatewayPort=30000
EXPOSE 8080 11111 30000
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=5 \
  CMD ["dotnet", "FrontAlert.Silo.dll", "--health-probe", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "FrontAlert.Silo.dll"]
