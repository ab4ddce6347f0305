namespace FrontAlert.Domain;

/// <summary>Why one field of an input was refused; <see cref="Field"/> is the JSON name the client sent.</summary>
public sealed record FieldError(string Field, string Message);
