using System.Reflection;
using Xunit.Sdk;

namespace Dagbesteding.Portal.E2ETests.Infrastructure;

/// <summary>Fails a browser test in which the Content-Security-Policy blocked anything (the tests of one collection run one at a time).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CspBewakingAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => PortalServer.CspOvertredingen.Clear();

    public override void After(MethodInfo methodUnderTest)
    {
        var overtredingen = PortalServer.CspOvertredingen.ToArray();
        PortalServer.CspOvertredingen.Clear();
        if (overtredingen.Length > 0)
        {
            throw new InvalidOperationException("De Content-Security-Policy blokkeerde: " + string.Join(" | ", overtredingen.Distinct()));
        }
    }
}
