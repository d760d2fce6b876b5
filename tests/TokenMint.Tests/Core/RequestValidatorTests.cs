using System;
using System.ComponentModel.DataAnnotations;
using Newtonsoft.Json;
using NUnit.Framework;
using TokenMint.Validation;

namespace TokenMint.Tests.Core;

public class RequestValidatorTests
{
    [Test]
    public void AModelWithoutDeclaredLimitsHasNoRulesToRunPerCall() =>
        Assert.That(RequestValidator.HasRules(typeof(Unconstrained)), Is.False);

    [Test]
    public void AModelWithALimitHasRules() =>
        Assert.That(RequestValidator.HasRules(typeof(Constrained)), Is.True);

    [Test]
    public void AValidModelPasses() =>
        Assert.DoesNotThrow(() => RequestValidator.Validate(new Constrained { Name = "ok", Count = 3, Tags = ["a"] }));

    [Test]
    public void AMissingRequiredFieldIsNamedWithItsWireName()
    {
        var error = Assert.Throws<ArgumentException>(() => RequestValidator.Validate(new Constrained { Count = 3 }))!;

        Assert.That(error.Message, Does.StartWith("Constrained.Name ('name') is required."));
        Assert.That(error.ParamName, Is.EqualTo("name"));
    }

    [Test]
    public void AValueTypeOutOfRangeSaysWhatIsAllowed()
    {
        var error = Assert.Throws<ArgumentException>(() => RequestValidator.Validate(new Constrained { Name = "ok", Count = 11 }))!;

        Assert.That(error.Message, Does.StartWith("Constrained.Count ('count') must be between 1 and 10."));
    }

    [Test]
    public void TooManyItemsSaysTheLimit()
    {
        var error = Assert.Throws<ArgumentException>(() => RequestValidator.Validate(new Constrained { Name = "ok", Count = 1, Tags = ["a", "b", "c"] }))!;

        Assert.That(error.Message, Does.StartWith("Constrained.Tags ('tags') allows at most 2 items or characters."));
    }

    [Test]
    public void AnEmptyStringFailsARequiredAttribute()
    {
        var error = Assert.Throws<ArgumentException>(() => RequestValidator.Validate(new Constrained { Name = string.Empty, Count = 1 }))!;

        Assert.That(error.Message, Does.Contain("is required and must not be empty"));
    }

    private sealed class Unconstrained
    {
        [JsonProperty("free")]
        public string? Free { get; set; }
    }

    private sealed class Constrained
    {
        [JsonProperty("name", Required = Required.Always)]
        [Required]
        public string? Name { get; set; }

        [JsonProperty("count")]
        [System.ComponentModel.DataAnnotations.Range(1, 10)]
        public int Count { get; set; }

        [JsonProperty("tags")]
        [MaxLength(2)]
        public string[]? Tags { get; set; }

        [JsonProperty("free")]
        public string? Free { get; set; }
    }
}
