using System.IO;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Vendors;

/// <summary>Writes specs/&lt;id&gt;/vendor.json in the layout the repository's vendors use (and the build's name lookup reads).</summary>
public static class VendorManifestFile
{
    public static void Write(string vendorFolder, VendorManifest vendor)
    {
        var credentials = new JArray();
        foreach (var credential in vendor.Credentials)
        {
            var entry = new JObject
            {
                ["option"] = credential.Option,
                ["environmentVariable"] = credential.EnvironmentVariable,
                ["securityScheme"] = credential.SecurityScheme,
                ["summary"] = credential.Summary,
            };
            if (credential.Remarks is not null)
                entry["remarks"] = credential.Remarks;
            if (!credential.Secret)
                entry["secret"] = false;
            credentials.Add(entry);
        }
        JsonOutput.Write(Path.Combine(vendorFolder, VendorManifest.FileName), new JObject { ["name"] = vendor.Name, ["summary"] = vendor.Summary, ["credentials"] = credentials });
    }
}
