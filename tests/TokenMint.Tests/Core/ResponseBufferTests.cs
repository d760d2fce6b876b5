using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Http;

namespace TokenMint.Tests.Core;

public class ResponseBufferTests
{
    [Test]
    public async Task ABufferedBodyKeepsItsBytesAndEveryContentHeader()
    {
        var content = new StringContent("{\"token\":\"é\"}", Encoding.UTF8, "application/json");
        content.Headers.ContentLanguage.Add("en");
        content.Headers.ContentLanguage.Add("de");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };

        await ResponseBuffer.LoadAsync(response, 1024, CancellationToken.None);

        Assert.That(response.Content, Is.Not.SameAs(content));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"token\":\"é\"}"));
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        Assert.That(response.Content.Headers.ContentLanguage.ToArray(), Is.EqualTo(new[] { "en", "de" }));
        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(Encoding.UTF8.GetByteCount("{\"token\":\"é\"}")));
    }

    [Test]
    public void ABodyLargerThanTheLimitIsRefusedWithItsStatus()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(new string('x', 100)) };

        var error = Assert.ThrowsAsync<ApiException>(() => ResponseBuffer.LoadAsync(response, 10, CancellationToken.None))!;

        Assert.That(error.StatusCode, Is.EqualTo(200));
        Assert.That(error.Message, Does.Contain("MaxResponseSize (10 bytes)"));
    }
}
