using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.IntegrationTests.Realtime;

public sealed class LokaleLinkTests
{
    [Theory]
    [InlineData("/netwerk/vragen/12")]
    [InlineData("/casussen/7")]
    [InlineData("/casussen?mijn=true&spoed=true")]
    public void PathInsideThePortal_IsKept(string link) => Assert.Equal(link, LokaleLink.Of(link));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("https://kwaadwillend.example/inloggen")]
    [InlineData("//kwaadwillend.example/pad")]
    [InlineData("/\\kwaadwillend.example")]
    [InlineData("/netwerk\\..\\x")]
    [InlineData(" /netwerk")]
    [InlineData("/netwerk\n/x")]
    [InlineData("/netwerk\u0000")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("netwerk/vragen/1")]
    public void AnythingElse_IsDropped(string? link) => Assert.Null(LokaleLink.Of(link));
}
