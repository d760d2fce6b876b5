using System.IO;
using System.Linq;
using NUnit.Framework;

namespace TokenMint.SpecPrep.Tests.Templates;

/// <summary>
/// build/templates holds overrides of NSwag's and NJsonSchema's templates, some of them copies of a whole upstream template with
/// TokenMint's changes. These tests tie each to the upstream template it was made from, so upgrading NSwag.MSBuild without
/// re-applying the changes to the new upstream text fails here, naming the template, rather than silently keeping the old one.
/// </summary>
public class UpstreamTemplateTests
{
    private static RecordedTemplate[] Recorded() => UpstreamTemplates.Recorded().ToArray();

    [Test]
    public void EveryTemplateInBuildTemplatesHasItsUpstreamRecordedAndNothingElseIs()
    {
        var files = Directory.GetFiles(UpstreamTemplates.TemplatesFolder, "*.liquid").Select(Path.GetFileName).Order().ToList();

        Assert.That(UpstreamTemplates.Recorded().Select(t => t.Name).Order(), Is.EqualTo(files),
            "build/templates/upstream.json should have one entry per build/templates/*.liquid file: the upstream template it overrides.");
    }

    [TestCaseSource(nameof(Recorded))]
    public void TheOverriddenTemplateExistsInThePinnedNSwag(RecordedTemplate template)
    {
        var upstream = UpstreamTemplates.In(template.Assembly);

        Assert.That(upstream.Keys, Does.Contain(template.Name),
            $"{template.Assembly} (NSwag.MSBuild {UpstreamTemplates.PinnedNSwagMSBuildVersion()}) has no template {template.Name}: "
            + "NSwag would never use build/templates/" + template.Name + ".");
    }

    [TestCaseSource(nameof(Recorded))]
    public void TheCopyWasMadeFromTheUpstreamTemplateOfThePinnedNSwag(RecordedTemplate template)
    {
        var pinned = UpstreamTemplates.PinnedNSwagMSBuildVersion();
        var upstream = UpstreamTemplates.In(template.Assembly).TryGetValue(template.Name, out var text) ? text : null;
        Assert.That(upstream, Is.Not.Null, $"NSwag.MSBuild {pinned} has no {template.Name} (see TheOverriddenTemplateExistsInThePinnedNSwag).");
        var actual = UpstreamTemplates.Hash(upstream!);

        Assert.That(template.NSwagMSBuildVersion, Is.EqualTo(pinned), () =>
            $"build/templates/{template.Name} was made from NSwag.MSBuild {template.NSwagMSBuildVersion}'s {template.Name}, but Directory.Packages.props "
            + $"pins NSwag.MSBuild {pinned}. {Resync(template, pinned, upstream!, actual)}");
        Assert.That(actual, Is.EqualTo(template.Sha256), () =>
            $"NSwag.MSBuild {pinned}'s {template.Name} is not the upstream text recorded for build/templates/{template.Name}. "
            + Resync(template, pinned, upstream!, actual));
    }

    private static string Resync(RecordedTemplate template, string pinned, string upstream, string actual) =>
        actual == template.Sha256
            ? $"Its upstream text is unchanged, so only the record is stale: set nswagMSBuild to {pinned} for {template.Name} in build/templates/upstream.json."
            : $"Its upstream text changed (sha256 {actual}, recorded {template.Sha256}). Re-apply the changes listed at the top of "
              + $"build/templates/{template.Name} to the new upstream text ({Save(pinned, template.Name, upstream)}; compare it with NSwag.MSBuild "
              + $"{template.NSwagMSBuildVersion}'s, in ~/.nuget/packages/nswag.msbuild/{template.NSwagMSBuildVersion}), then record {pinned} and the new "
              + "sha256 in build/templates/upstream.json.";

    // Where a maintainer finds the new upstream text to re-apply the changes to.
    private static string Save(string version, string name, string text)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "upstream-templates", version);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
