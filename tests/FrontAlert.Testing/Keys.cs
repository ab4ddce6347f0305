namespace FrontAlert.Testing;

public static class Keys
{
    public const string Operator = "test-operator-key";
    public const string Reporter = "test-reporter-key";
}
