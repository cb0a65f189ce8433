namespace Manabi.Passbook.Features.Commendations;

/// <summary>A certification level.</summary>
/// <param name="Id">Level id.</param>
/// <param name="Name">Name, e.g. 「銀の手帳」.</param>
/// <param name="Credits">Credits it takes.</param>
public sealed record LevelResponse(Guid Id, string Name, decimal Credits);
