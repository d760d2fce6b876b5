using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Overlays;

/// <summary>Overlay 1.0 update semantics: objects merge recursively, other values are replaced, arrays get the update appended.</summary>
public static class JsonMerge
{
    public static void Into(JToken target, JToken update, string where)
    {
        switch (target)
        {
            case JObject targetObject when update is JObject updateObject:
                MergeObject(targetObject, updateObject);
                break;
            case JArray targetArray:
                if (update is JArray items)
                    foreach (var item in items)
                        targetArray.Add(item.DeepClone());
                else
                    targetArray.Add(update.DeepClone());
                break;
            default:
                throw new SpecException($"{where}: an update needs an object or array target, and an object for an object.");
        }
    }

    private static void MergeObject(JObject target, JObject update)
    {
        foreach (var property in update.Properties())
        {
            if (target[property.Name] is JObject existing && property.Value is JObject nested)
                MergeObject(existing, nested);
            else
                target[property.Name] = property.Value.DeepClone();
        }
    }
}
