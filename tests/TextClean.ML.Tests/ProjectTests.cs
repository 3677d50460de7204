namespace TextClean.ML.Tests;

public class ProjectTests
{
    [Fact]
    public void The_ml_assembly_loads_with_its_dependencies() =>
        Assert.Equal("TextClean.ML", typeof(TextClean.ML.Marker).Assembly.GetName().Name);
}
