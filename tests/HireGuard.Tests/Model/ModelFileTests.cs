using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HireGuard.Model;

namespace HireGuard.Tests.Model;

public class ModelFileTests
{
    public static TheoryData<string> Models => new() { "trees", "linear" };

    [Theory]
    [MemberData(nameof(Models))]
    public void SaveLoad_RoundTrip_PredictsAndExplainsIdentically(string kind)
    {
        var model = Pick(kind);

        var loaded = BinaryClassifier.Load(new MemoryStream(Save(model)), model.Features);

        Assert.Equal(model.Sha256, loaded.Sha256);
        Assert.Equal(Save(model), Save(loaded));
        var random = new Random(3);
        for (var i = 0; i < 100; i++)
        {
            var x = ModelTestData.RandomRow(random, model.FeatureCount);
            Assert.Equal(model.Predict(x), loaded.Predict(x));
            Assert.Equal(model.Explain(x).Contributions, loaded.Explain(x).Contributions);
        }

        Assert.Equal(model.Training.HyperParameters, loaded.Training.HyperParameters);
        Assert.Equal(model.Metrics, loaded.Metrics);
    }

    [Fact]
    public void Save_WritesReadableManifest()
    {
        var json = JsonNode.Parse(Save(ModelTestData.Trees))!;

        Assert.Equal("hireguard.binary-classifier", (string?)json["format"]);
        Assert.Equal(1, (int?)json["formatVersion"]);
        Assert.Equal(ModelTestData.Trees.Sha256, (string?)json["sha256"]);
        Assert.Equal("x0", (string?)json["model"]!["features"]!["names"]![0]);
        Assert.Equal("gradient-boosted-trees", (string?)json["model"]!["training"]!["trainer"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(5000)]
    public void Load_Truncated_IsRefusedAsMalformed(int keep)
    {
        var bytes = Save(ModelTestData.Trees)[..keep];

        var error = Assert.Throws<ModelFileException>(() => BinaryClassifier.Load(new MemoryStream(bytes)));

        Assert.Equal(ModelFileError.Malformed, error.Error);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherFormatVersion_IsRefused()
    {
        var json = JsonNode.Parse(Save(ModelTestData.Trees))!;
        json["formatVersion"] = 2;

        var error = Assert.Throws<ModelFileException>(() => Load(json));

        Assert.Equal(ModelFileError.UnsupportedFormatVersion, error.Error);
        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotAModelFile_IsRefused()
    {
        var error = Assert.Throws<ModelFileException>(() => BinaryClassifier.Load(new MemoryStream("{\"hello\": 1}"u8.ToArray())));

        Assert.Equal(ModelFileError.Malformed, error.Error);
    }

    [Fact]
    public void Load_TamperedParameter_FailsIntegrityCheck()
    {
        var json = JsonNode.Parse(Save(ModelTestData.Trees))!;
        var value = json["model"]!["trees"]!["trees"]![0]!["value"]!.AsArray();
        var leaf = value.Select((v, i) => (v: (double)v!, i)).First(t => t.v != 0).i;
        value[leaf] = (double)value[leaf]! + 1;

        var error = Assert.Throws<ModelFileException>(() => Load(json));

        Assert.Equal(ModelFileError.IntegrityCheckFailed, error.Error);
        Assert.Contains("altered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TamperedHash_FailsIntegrityCheck()
    {
        var json = JsonNode.Parse(Save(ModelTestData.Linear))!;
        json["sha256"] = new string('0', 64);

        var error = Assert.Throws<ModelFileException>(() => Load(json));

        Assert.Equal(ModelFileError.IntegrityCheckFailed, error.Error);
    }

    [Fact]
    public void Load_FeaturesInOtherOrder_IsRefused()
    {
        var model = ModelTestData.Trees;
        var swapped = model.Features.Names.ToArray();
        (swapped[0], swapped[1]) = (swapped[1], swapped[0]);

        var error = Assert.Throws<ModelFileException>(() => BinaryClassifier.Load(new MemoryStream(Save(model)), new FeatureManifest(swapped)));

        Assert.Equal(ModelFileError.FeatureMismatch, error.Error);
        Assert.Contains("feature 0 is 'x0' but 'x1' was expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherFeatureCountOrSchema_IsRefused()
    {
        var model = ModelTestData.Trees;

        var fewer = Assert.Throws<ModelFileException>(() => BinaryClassifier.Load(new MemoryStream(Save(model)), new FeatureManifest(model.Features.Names.Take(7))));
        var schema = Assert.Throws<ModelFileException>(() => BinaryClassifier.Load(new MemoryStream(Save(model)), new FeatureManifest(model.Features.Names, "2")));

        Assert.Equal(ModelFileError.FeatureMismatch, fewer.Error);
        Assert.Equal(ModelFileError.FeatureMismatch, schema.Error);
        Assert.Contains("schema version", schema.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ImpossibleTreeWithValidHash_IsRefusedAsInvalidContent()
    {
        var json = JsonNode.Parse(Save(ModelTestData.Trees))!;
        var left = json["model"]!["trees"]!["trees"]![0]!["left"]!.AsArray();
        left[0] = 0;

        var error = Assert.Throws<ModelFileException>(() => Load(Rehash(json)));

        Assert.Equal(ModelFileError.InvalidContent, error.Error);
    }

    [Fact]
    public void Load_UnknownMember_IsRefusedAsMalformed()
    {
        var json = JsonNode.Parse(Save(ModelTestData.Linear))!;
        json["model"]!["surprise"] = 1;

        var error = Assert.Throws<ModelFileException>(() => Load(json));

        Assert.Equal(ModelFileError.Malformed, error.Error);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Load_RandomCorruption_OnlyThrowsModelFileException(string kind)
    {
        var original = Save(Pick(kind));
        var random = new Random(kind.Length);
        for (var trial = 0; trial < 300; trial++)
        {
            var bytes = (byte[])original.Clone();
            var edits = 1 + random.Next(4);
            for (var e = 0; e < edits; e++)
            {
                bytes[random.Next(bytes.Length)] = (byte)"0123456789-.,:[]{}\"eE \0xn"[random.Next(25)];
            }

            try
            {
                BinaryClassifier.Load(new MemoryStream(bytes));
            }
            catch (ModelFileException)
            {
            }
        }
    }

    [Fact]
    public void Load_HandCraftedModelsWithValidHash_OnlyThrowsModelFileException()
    {
        var random = new Random(77);
        var original = JsonNode.Parse(Save(ModelTestData.Trees))!;
        string[] fields = ["feature", "left", "right", "cover", "threshold", "value"];
        JsonNode[] evil = [JsonValue.Create(-5), JsonValue.Create(1_000_000), JsonValue.Create(0), JsonValue.Create(-1.5), JsonValue.Create(1e308), JsonValue.Create("NaN")!, JsonValue.Create(int.MaxValue)];
        for (var trial = 0; trial < 200; trial++)
        {
            var json = original.DeepClone();
            var trees = json["model"]!["trees"]!["trees"]!.AsArray();
            var tree = trees[random.Next(trees.Count)]!;
            var array = tree[fields[random.Next(fields.Length)]]!.AsArray();
            array[random.Next(array.Count)] = evil[random.Next(evil.Length)].DeepClone();

            try
            {
                var model = Load(Rehash(json));
                model.Explain(new double[model.FeatureCount]);
            }
            catch (ModelFileException)
            {
            }
        }
    }

    private static BinaryClassifier Pick(string kind) => kind == "trees" ? ModelTestData.Trees : ModelTestData.Linear;

    private static byte[] Save(BinaryClassifier model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static BinaryClassifier Load(JsonNode json) => BinaryClassifier.Load(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())));

    /// <summary>Recomputes the SHA-256 of an edited file over its canonical form, as a careful forger would.</summary>
    private static JsonNode Rehash(JsonNode json)
    {
        try
        {
            var content = JsonSerializer.Deserialize(json["model"]!.ToJsonString(), ModelJsonContext.Default.ModelContentDto)!;
            var canonical = JsonSerializer.SerializeToUtf8Bytes(content, ModelJsonContext.Default.ModelContentDto);
            json["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(canonical));
        }
        catch (JsonException)
        {
            // Not even the content parses: the file stays as it is and must be refused as malformed.
        }

        return json;
    }
}
