using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep;

/// <summary>Writes JSON the same way on every machine: indented, LF, UTF-8 without BOM, trailing newline.</summary>
public static class JsonOutput
{
    public static string Format(JToken token)
    {
        var builder = new StringBuilder();
        using (var writer = new JsonTextWriter(new StringWriter(builder) { NewLine = "\n" }) { Formatting = Formatting.Indented })
            token.WriteTo(writer);
        return builder.Append('\n').ToString();
    }

    public static void Write(string path, JToken token)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Format(token), new UTF8Encoding(false));
    }
}
