using FluentValidation;
using Manabi.BuildingBlocks.Application;

namespace Manabi.Indicators.Features.Surveys;

internal sealed class AnswerInputValidator : AbstractValidator<AnswerInput>
{
    public AnswerInputValidator()
    {
        RuleFor(a => a.Question).NotEmpty().MaximumLength(20).Named("設問", "question");
        RuleFor(a => a.Choice).NotEmpty().MaximumLength(20).Named("選択肢", "choice");
    }
}
