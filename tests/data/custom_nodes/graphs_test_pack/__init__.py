"""A one-node custom pack for invokeai-client's tests: a node type no bundled schema has."""

# invokeai is the server's own package: the server that loads this pack has it, the client's .venv does not.
from invokeai.invocation_api import (  # type: ignore[import-not-found]
    BaseInvocation,
    InputField,
    IntegerOutput,
    InvocationContext,
    invocation,
)


@invocation("graphs_test_triple", title="Triple", tags=["math"], category="math", version="1.0.0")
class GraphsTestTripleInvocation(BaseInvocation):  # type: ignore[misc]  # Any without invokeai installed
    """Multiplies an integer by three."""

    value: int = InputField(default=1, ge=0, description="The number to triple")

    def invoke(self, context: InvocationContext) -> IntegerOutput:
        return IntegerOutput(value=self.value * 3)
