namespace Aeo.Grains.Telemetry;

/// <summary>
/// One grain activation's share of a gauge of things in progress: <see cref="Set"/> it whenever the condition may have
/// changed and the gauge moves only on a real change, so repeated calls never count twice. Clear it on deactivation.
/// </summary>
public sealed class GaugeMark(Gauge gauge)
{
    private bool counted;

    public void Set(bool on)
    {
        if (on == counted)
        {
            return;
        }
        counted = on;
        if (on)
        {
            gauge.Inc();
        }
        else
        {
            gauge.Dec();
        }
    }
}
