using Mediator;

namespace Manabi.Catalog.Contracts;

/// <summary>The city's fields of learning, for modules that file people or groups under them.</summary>
public sealed record GetFieldCodesQuery : IQuery<IReadOnlyList<FieldCode>>;

/// <summary>A field's code and the top-level field it belongs to (null for a top-level one).</summary>
public sealed record FieldCode(string Code, string? ParentCode);
