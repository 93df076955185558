using TtsPanel.Web.Access;

namespace TtsPanel.Web.Tests.Access;

public class PasswordHasherTests
{
    [Fact]
    public void Verify_SamePassword_ReturnsTrue()
    {
        var stored = PasswordHasher.Create("correct horse battery");

        Assert.True(PasswordHasher.Verify("correct horse battery", stored));
    }

    [Theory]
    [InlineData("correct horse batterY")]
    [InlineData("correct horse battery ")]
    [InlineData("")]
    public void Verify_OtherPassword_ReturnsFalse(string attempt)
    {
        var stored = PasswordHasher.Create("correct horse battery");

        Assert.False(PasswordHasher.Verify(attempt, stored));
    }

    [Fact]
    public void Create_SamePasswordTwice_UsesFreshSaltsAndAtLeast100kIterations()
    {
        var first = PasswordHasher.Create("correct horse battery");
        var second = PasswordHasher.Create("correct horse battery");

        Assert.Equal(16, first.Salt.Length);
        Assert.Equal(32, first.Hash.Length);
        Assert.True(first.Iterations >= 100_000);
        Assert.NotEqual(first.Salt, second.Salt);
        Assert.NotEqual(first.Hash, second.Hash);
    }
}
