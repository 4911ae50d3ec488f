namespace Clerk.Domain;

public static class Placeholder
{
    public static int Answer => 42;
}
