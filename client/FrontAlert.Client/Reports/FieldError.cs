namespace FrontAlert.Client;

/// <summary>Why one field was refused; <see cref="Field"/> is the JSON name that was sent (<c>$</c> for the whole item).</summary>
public sealed record FieldError(string Field, string Message);
