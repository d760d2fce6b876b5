using Newtonsoft.Json;
using NUnit.Framework;
using TokenMint.Deck;

namespace TokenMint.Tests.Core;

public class ExtensibleEnumConverterTests
{
    private sealed class Holder
    {
        [JsonProperty("language", NullValueHandling = NullValueHandling.Ignore)]
        public Language? Language { get; set; }
    }

    [Test]
    public void KnownValuesRoundTripAsTheirWireString()
    {
        var json = JsonConvert.SerializeObject(new Holder { Language = Language.En });
        Assert.That(json, Is.EqualTo("""{"language":"EN"}"""));
        Assert.That(JsonConvert.DeserializeObject<Holder>(json)!.Language, Is.EqualTo(Language.En));
    }

    [Test]
    public void AnUnknownValueIsKeptRatherThanThrown()
    {
        var holder = JsonConvert.DeserializeObject<Holder>("""{"language":"JA"}""")!;
        Assert.That(holder.Language!.Value.Value, Is.EqualTo("JA"));
        Assert.That(holder.Language!.Value.IsKnown, Is.False);
        Assert.That(JsonConvert.SerializeObject(holder), Is.EqualTo("""{"language":"JA"}"""));
    }

    [Test]
    public void NullReadsAsNoValue() =>
        Assert.That(JsonConvert.DeserializeObject<Holder>("""{"language":null}""")!.Language, Is.Null);

    [Test]
    public void ANonStringIsAJsonError() =>
        Assert.Throws<JsonSerializationException>(() => JsonConvert.DeserializeObject<Holder>("""{"language":3}"""));
}
