# Multi-stage: the SDK image builds, the ASP.NET runtime image runs it as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MassageCoverage.Core/MassageCoverage.Core.csproj src/MassageCoverage.Core/
COPY src/MassageCoverage.Web/MassageCoverage.Web.csproj src/MassageCoverage.Web/
RUN dotnet restore src/MassageCoverage.Web/MassageCoverage.Web.csproj
COPY src/ src/
COPY docs/data/ docs/data/
RUN dotnet publish src/MassageCoverage.Web/MassageCoverage.Web.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
# The image's built-in unprivileged user (uid 1654).
USER $APP_UID
ENTRYPOINT ["dotnet", "MassageCoverage.Web.dll"]
