"""invokeai-client facade."""
