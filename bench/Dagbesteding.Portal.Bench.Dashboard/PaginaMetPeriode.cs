using System.Reflection;
using System.Security.Claims;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Features.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.Bench.Dashboard;

/// <summary>
/// Lets an <see cref="Microsoft.AspNetCore.Components.Web.HtmlRenderer"/> render <see cref="DashboardPagina"/> itself for
/// any period. The page has no period parameter (the user picks "Zelf kiezen", two dates and "Toon"), so the activator
/// puts the page in that state before it initialises: the private fields <c>_soort</c> = Aangepast, <c>_periode</c>,
/// <c>_van</c>, <c>_tot</c>. If one of them is renamed this fails at once rather than measuring the default month.
/// </summary>
internal sealed class PaginaMetPeriode(IServiceProvider inner, DashboardPeriode periode) : IServiceProvider, IKeyedServiceProvider, IComponentActivator
{
    private static readonly FieldInfo Soort = Veld("_soort");
    private static readonly FieldInfo Periode = Veld("_periode");
    private static readonly FieldInfo Van = Veld("_van");
    private static readonly FieldInfo Tot = Veld("_tot");

    public object? GetService(Type serviceType) => serviceType == typeof(IComponentActivator) ? this : inner.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) => ((IKeyedServiceProvider)inner).GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => ((IKeyedServiceProvider)inner).GetRequiredKeyedService(serviceType, serviceKey);

    public IComponent CreateInstance(Type componentType)
    {
        var component = (IComponent)Activator.CreateInstance(componentType)!;
        if (component is DashboardPagina pagina)
        {
            Soort.SetValue(pagina, PeriodeSoort.Aangepast);
            Periode.SetValue(pagina, periode);
            Van.SetValue(pagina, (DateOnly?)periode.Van);
            Tot.SetValue(pagina, (DateOnly?)periode.Tot);
        }
        return component;
    }

    /// <summary>Signs the scope in as the given user, the way the circuit's authentication state would.</summary>
    public static void MeldAan(IServiceProvider scope, string gebruikerId, IEnumerable<string> rollen)
    {
        var identiteit = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, gebruikerId), .. rollen.Select(r => new Claim(ClaimTypes.Role, r))], "Bench");
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identiteit))));
    }

    private static FieldInfo Veld(string naam) =>
        typeof(DashboardPagina).GetField(naam, BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException($"DashboardPagina heeft geen veld {naam} meer; pas PaginaMetPeriode aan.");
}
