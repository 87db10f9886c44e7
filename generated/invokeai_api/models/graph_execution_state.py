from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph import Graph
    from ..models.graph_execution_state_errors import GraphExecutionStateErrors
    from ..models.graph_execution_state_indegree import GraphExecutionStateIndegree
    from ..models.graph_execution_state_prepared_iteration_paths import GraphExecutionStatePreparedIterationPaths
    from ..models.graph_execution_state_prepared_source_mapping import GraphExecutionStatePreparedSourceMapping
    from ..models.graph_execution_state_results import GraphExecutionStateResults
    from ..models.graph_execution_state_source_prepared_mapping import GraphExecutionStateSourcePreparedMapping
    from ..models.workflow_call_execution import WorkflowCallExecution
    from ..models.workflow_call_frame import WorkflowCallFrame
    from ..models.workflow_call_parent_ref import WorkflowCallParentRef


T = TypeVar("T", bound="GraphExecutionState")


@_attrs_define
class GraphExecutionState:
    """Tracks source-graph expansion, execution progress, and runtime results.

    Attributes:
        graph (Graph): A validated invocation graph made of nodes and typed edges.
        id (str | Unset): The id of the execution state
        execution_graph (Graph | Unset): A validated invocation graph made of nodes and typed edges.
        executed (list[str] | Unset): The set of node ids that have been executed
        executed_history (list[str] | Unset): The list of node ids that have been executed, in order of execution
        results (GraphExecutionStateResults | Unset): The results of node executions
        errors (GraphExecutionStateErrors | Unset): Errors raised when executing nodes
        workflow_call_stack (list[WorkflowCallFrame] | Unset): The nested workflow call stack inherited by this
            execution state.
        workflow_call_history (list[WorkflowCallExecution] | Unset): Completed or failed workflow-call relationships
            observed by this execution state.
        workflow_call_parent (None | Unset | WorkflowCallParentRef): Parent workflow-call relationship metadata when
            this execution state is a child workflow session.
        waiting_workflow_call (None | Unset | WorkflowCallFrame): The child workflow call this execution state is
            currently waiting on, if any.
        waiting_workflow_call_execution (None | Unset | WorkflowCallExecution): The active workflow-call relationship
            metadata for the current waiting child workflow, if any.
        waiting_workflow_call_child_session (GraphExecutionState | None | Unset): The child workflow execution state
            spawned by the current waiting workflow call, if any.
        max_workflow_call_depth (int | Unset): The maximum permitted workflow call depth for nested workflow execution.
            Default: 4.
        prepared_source_mapping (GraphExecutionStatePreparedSourceMapping | Unset): The map of prepared nodes to
            original graph nodes
        source_prepared_mapping (GraphExecutionStateSourcePreparedMapping | Unset): The map of original graph nodes to
            prepared nodes
        prepared_iteration_paths (GraphExecutionStatePreparedIterationPaths | Unset): The iteration coordinates of each
            prepared execution node
        ready_order (list[str] | Unset):
        indegree (GraphExecutionStateIndegree | Unset): Remaining unmet input count for exec nodes
    """

    graph: Graph
    id: str | Unset = UNSET
    execution_graph: Graph | Unset = UNSET
    executed: list[str] | Unset = UNSET
    executed_history: list[str] | Unset = UNSET
    results: GraphExecutionStateResults | Unset = UNSET
    errors: GraphExecutionStateErrors | Unset = UNSET
    workflow_call_stack: list[WorkflowCallFrame] | Unset = UNSET
    workflow_call_history: list[WorkflowCallExecution] | Unset = UNSET
    workflow_call_parent: None | Unset | WorkflowCallParentRef = UNSET
    waiting_workflow_call: None | Unset | WorkflowCallFrame = UNSET
    waiting_workflow_call_execution: None | Unset | WorkflowCallExecution = UNSET
    waiting_workflow_call_child_session: GraphExecutionState | None | Unset = UNSET
    max_workflow_call_depth: int | Unset = 4
    prepared_source_mapping: GraphExecutionStatePreparedSourceMapping | Unset = UNSET
    source_prepared_mapping: GraphExecutionStateSourcePreparedMapping | Unset = UNSET
    prepared_iteration_paths: GraphExecutionStatePreparedIterationPaths | Unset = UNSET
    ready_order: list[str] | Unset = UNSET
    indegree: GraphExecutionStateIndegree | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            Graph,
            GraphExecutionStateErrors,
            GraphExecutionStateIndegree,
            GraphExecutionStatePreparedIterationPaths,
            GraphExecutionStatePreparedSourceMapping,
            GraphExecutionStateResults,
            GraphExecutionStateSourcePreparedMapping,
            WorkflowCallExecution,
            WorkflowCallFrame,
            WorkflowCallParentRef,
        ) = _lazy_imports()
        graph = self.graph.to_dict()

        id = self.id

        execution_graph: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_graph, Unset):
            execution_graph = self.execution_graph.to_dict()

        executed: list[str] | Unset = UNSET
        if not isinstance(self.executed, Unset):
            executed = self.executed

        executed_history: list[str] | Unset = UNSET
        if not isinstance(self.executed_history, Unset):
            executed_history = self.executed_history

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        workflow_call_stack: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_call_stack, Unset):
            workflow_call_stack = []
            for workflow_call_stack_item_data in self.workflow_call_stack:
                workflow_call_stack_item = workflow_call_stack_item_data.to_dict()
                workflow_call_stack.append(workflow_call_stack_item)

        workflow_call_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_call_history, Unset):
            workflow_call_history = []
            for workflow_call_history_item_data in self.workflow_call_history:
                workflow_call_history_item = workflow_call_history_item_data.to_dict()
                workflow_call_history.append(workflow_call_history_item)

        workflow_call_parent: dict[str, Any] | None | Unset
        if isinstance(self.workflow_call_parent, Unset):
            workflow_call_parent = UNSET
        elif isinstance(self.workflow_call_parent, WorkflowCallParentRef):
            workflow_call_parent = self.workflow_call_parent.to_dict()
        else:
            workflow_call_parent = self.workflow_call_parent

        waiting_workflow_call: dict[str, Any] | None | Unset
        if isinstance(self.waiting_workflow_call, Unset):
            waiting_workflow_call = UNSET
        elif isinstance(self.waiting_workflow_call, WorkflowCallFrame):
            waiting_workflow_call = self.waiting_workflow_call.to_dict()
        else:
            waiting_workflow_call = self.waiting_workflow_call

        waiting_workflow_call_execution: dict[str, Any] | None | Unset
        if isinstance(self.waiting_workflow_call_execution, Unset):
            waiting_workflow_call_execution = UNSET
        elif isinstance(self.waiting_workflow_call_execution, WorkflowCallExecution):
            waiting_workflow_call_execution = self.waiting_workflow_call_execution.to_dict()
        else:
            waiting_workflow_call_execution = self.waiting_workflow_call_execution

        waiting_workflow_call_child_session: dict[str, Any] | None | Unset
        if isinstance(self.waiting_workflow_call_child_session, Unset):
            waiting_workflow_call_child_session = UNSET
        elif isinstance(self.waiting_workflow_call_child_session, GraphExecutionState):
            waiting_workflow_call_child_session = self.waiting_workflow_call_child_session.to_dict()
        else:
            waiting_workflow_call_child_session = self.waiting_workflow_call_child_session

        max_workflow_call_depth = self.max_workflow_call_depth

        prepared_source_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepared_source_mapping, Unset):
            prepared_source_mapping = self.prepared_source_mapping.to_dict()

        source_prepared_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_prepared_mapping, Unset):
            source_prepared_mapping = self.source_prepared_mapping.to_dict()

        prepared_iteration_paths: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepared_iteration_paths, Unset):
            prepared_iteration_paths = self.prepared_iteration_paths.to_dict()

        ready_order: list[str] | Unset = UNSET
        if not isinstance(self.ready_order, Unset):
            ready_order = self.ready_order

        indegree: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indegree, Unset):
            indegree = self.indegree.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "graph": graph,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if execution_graph is not UNSET:
            field_dict["execution_graph"] = execution_graph
        if executed is not UNSET:
            field_dict["executed"] = executed
        if executed_history is not UNSET:
            field_dict["executed_history"] = executed_history
        if results is not UNSET:
            field_dict["results"] = results
        if errors is not UNSET:
            field_dict["errors"] = errors
        if workflow_call_stack is not UNSET:
            field_dict["workflow_call_stack"] = workflow_call_stack
        if workflow_call_history is not UNSET:
            field_dict["workflow_call_history"] = workflow_call_history
        if workflow_call_parent is not UNSET:
            field_dict["workflow_call_parent"] = workflow_call_parent
        if waiting_workflow_call is not UNSET:
            field_dict["waiting_workflow_call"] = waiting_workflow_call
        if waiting_workflow_call_execution is not UNSET:
            field_dict["waiting_workflow_call_execution"] = waiting_workflow_call_execution
        if waiting_workflow_call_child_session is not UNSET:
            field_dict["waiting_workflow_call_child_session"] = waiting_workflow_call_child_session
        if max_workflow_call_depth is not UNSET:
            field_dict["max_workflow_call_depth"] = max_workflow_call_depth
        if prepared_source_mapping is not UNSET:
            field_dict["prepared_source_mapping"] = prepared_source_mapping
        if source_prepared_mapping is not UNSET:
            field_dict["source_prepared_mapping"] = source_prepared_mapping
        if prepared_iteration_paths is not UNSET:
            field_dict["prepared_iteration_paths"] = prepared_iteration_paths
        if ready_order is not UNSET:
            field_dict["ready_order"] = ready_order
        if indegree is not UNSET:
            field_dict["indegree"] = indegree

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            Graph,
            GraphExecutionStateErrors,
            GraphExecutionStateIndegree,
            GraphExecutionStatePreparedIterationPaths,
            GraphExecutionStatePreparedSourceMapping,
            GraphExecutionStateResults,
            GraphExecutionStateSourcePreparedMapping,
            WorkflowCallExecution,
            WorkflowCallFrame,
        ) = _parse_imports()
        d = dict(src_dict)
        graph = Graph.from_dict(d.pop("graph"))

        id = d.pop("id", UNSET)

        _execution_graph = d.pop("execution_graph", UNSET)
        execution_graph: Graph | Unset
        if isinstance(_execution_graph, Unset):
            execution_graph = UNSET
        else:
            execution_graph = Graph.from_dict(_execution_graph)

        executed = cast(list[str], d.pop("executed", UNSET))

        executed_history = cast(list[str], d.pop("executed_history", UNSET))

        _results = d.pop("results", UNSET)
        results: GraphExecutionStateResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = GraphExecutionStateResults.from_dict(_results)

        _errors = d.pop("errors", UNSET)
        errors: GraphExecutionStateErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = GraphExecutionStateErrors.from_dict(_errors)

        _workflow_call_stack = d.pop("workflow_call_stack", UNSET)
        workflow_call_stack: list[WorkflowCallFrame] | Unset = UNSET
        if _workflow_call_stack is not UNSET:
            workflow_call_stack = []
            for workflow_call_stack_item_data in _workflow_call_stack:
                workflow_call_stack_item = WorkflowCallFrame.from_dict(workflow_call_stack_item_data)

                workflow_call_stack.append(workflow_call_stack_item)

        _workflow_call_history = d.pop("workflow_call_history", UNSET)
        workflow_call_history: list[WorkflowCallExecution] | Unset = UNSET
        if _workflow_call_history is not UNSET:
            workflow_call_history = []
            for workflow_call_history_item_data in _workflow_call_history:
                workflow_call_history_item = WorkflowCallExecution.from_dict(workflow_call_history_item_data)

                workflow_call_history.append(workflow_call_history_item)

        def _parse_workflow_call_parent(data: object) -> None | Unset | WorkflowCallParentRef:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.workflow_call_parent_ref import WorkflowCallParentRef  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_call_parent_type_0 = WorkflowCallParentRef.from_dict(data)

                return workflow_call_parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCallParentRef, data)

        workflow_call_parent = _parse_workflow_call_parent(d.pop("workflow_call_parent", UNSET))

        def _parse_waiting_workflow_call(data: object) -> None | Unset | WorkflowCallFrame:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.workflow_call_frame import WorkflowCallFrame  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                waiting_workflow_call_type_0 = WorkflowCallFrame.from_dict(data)

                return waiting_workflow_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCallFrame, data)

        waiting_workflow_call = _parse_waiting_workflow_call(d.pop("waiting_workflow_call", UNSET))

        def _parse_waiting_workflow_call_execution(data: object) -> None | Unset | WorkflowCallExecution:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.workflow_call_execution import WorkflowCallExecution  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                waiting_workflow_call_execution_type_0 = WorkflowCallExecution.from_dict(data)

                return waiting_workflow_call_execution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCallExecution, data)

        waiting_workflow_call_execution = _parse_waiting_workflow_call_execution(
            d.pop("waiting_workflow_call_execution", UNSET)
        )

        def _parse_waiting_workflow_call_child_session(data: object) -> GraphExecutionState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.graph_execution_state import GraphExecutionState  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                waiting_workflow_call_child_session_type_0 = GraphExecutionState.from_dict(data)

                return waiting_workflow_call_child_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GraphExecutionState | None | Unset, data)

        waiting_workflow_call_child_session = _parse_waiting_workflow_call_child_session(
            d.pop("waiting_workflow_call_child_session", UNSET)
        )

        max_workflow_call_depth = d.pop("max_workflow_call_depth", UNSET)

        _prepared_source_mapping = d.pop("prepared_source_mapping", UNSET)
        prepared_source_mapping: GraphExecutionStatePreparedSourceMapping | Unset
        if isinstance(_prepared_source_mapping, Unset):
            prepared_source_mapping = UNSET
        else:
            prepared_source_mapping = GraphExecutionStatePreparedSourceMapping.from_dict(_prepared_source_mapping)

        _source_prepared_mapping = d.pop("source_prepared_mapping", UNSET)
        source_prepared_mapping: GraphExecutionStateSourcePreparedMapping | Unset
        if isinstance(_source_prepared_mapping, Unset):
            source_prepared_mapping = UNSET
        else:
            source_prepared_mapping = GraphExecutionStateSourcePreparedMapping.from_dict(_source_prepared_mapping)

        _prepared_iteration_paths = d.pop("prepared_iteration_paths", UNSET)
        prepared_iteration_paths: GraphExecutionStatePreparedIterationPaths | Unset
        if isinstance(_prepared_iteration_paths, Unset):
            prepared_iteration_paths = UNSET
        else:
            prepared_iteration_paths = GraphExecutionStatePreparedIterationPaths.from_dict(_prepared_iteration_paths)

        ready_order = cast(list[str], d.pop("ready_order", UNSET))

        _indegree = d.pop("indegree", UNSET)
        indegree: GraphExecutionStateIndegree | Unset
        if isinstance(_indegree, Unset):
            indegree = UNSET
        else:
            indegree = GraphExecutionStateIndegree.from_dict(_indegree)

        graph_execution_state = cls(
            graph=graph,
            id=id,
            execution_graph=execution_graph,
            executed=executed,
            executed_history=executed_history,
            results=results,
            errors=errors,
            workflow_call_stack=workflow_call_stack,
            workflow_call_history=workflow_call_history,
            workflow_call_parent=workflow_call_parent,
            waiting_workflow_call=waiting_workflow_call,
            waiting_workflow_call_execution=waiting_workflow_call_execution,
            waiting_workflow_call_child_session=waiting_workflow_call_child_session,
            max_workflow_call_depth=max_workflow_call_depth,
            prepared_source_mapping=prepared_source_mapping,
            source_prepared_mapping=source_prepared_mapping,
            prepared_iteration_paths=prepared_iteration_paths,
            ready_order=ready_order,
            indegree=indegree,
        )

        graph_execution_state.additional_properties = d
        return graph_execution_state

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    from ..models.graph import Graph  # noqa: PLC0415
    from ..models.graph_execution_state_errors import GraphExecutionStateErrors  # noqa: PLC0415
    from ..models.graph_execution_state_indegree import GraphExecutionStateIndegree  # noqa: PLC0415
    from ..models.graph_execution_state_prepared_iteration_paths import GraphExecutionStatePreparedIterationPaths  # noqa: PLC0415
    from ..models.graph_execution_state_prepared_source_mapping import GraphExecutionStatePreparedSourceMapping  # noqa: PLC0415
    from ..models.graph_execution_state_results import GraphExecutionStateResults  # noqa: PLC0415
    from ..models.graph_execution_state_source_prepared_mapping import GraphExecutionStateSourcePreparedMapping  # noqa: PLC0415
    from ..models.workflow_call_execution import WorkflowCallExecution  # noqa: PLC0415
    from ..models.workflow_call_frame import WorkflowCallFrame  # noqa: PLC0415
    from ..models.workflow_call_parent_ref import WorkflowCallParentRef  # noqa: PLC0415

    return (
        Graph,
        GraphExecutionStateErrors,
        GraphExecutionStateIndegree,
        GraphExecutionStatePreparedIterationPaths,
        GraphExecutionStatePreparedSourceMapping,
        GraphExecutionStateResults,
        GraphExecutionStateSourcePreparedMapping,
        WorkflowCallExecution,
        WorkflowCallFrame,
        WorkflowCallParentRef,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.graph import Graph  # noqa: PLC0415
    from ..models.graph_execution_state_errors import GraphExecutionStateErrors  # noqa: PLC0415
    from ..models.graph_execution_state_indegree import GraphExecutionStateIndegree  # noqa: PLC0415
    from ..models.graph_execution_state_prepared_iteration_paths import GraphExecutionStatePreparedIterationPaths  # noqa: PLC0415
    from ..models.graph_execution_state_prepared_source_mapping import GraphExecutionStatePreparedSourceMapping  # noqa: PLC0415
    from ..models.graph_execution_state_results import GraphExecutionStateResults  # noqa: PLC0415
    from ..models.graph_execution_state_source_prepared_mapping import GraphExecutionStateSourcePreparedMapping  # noqa: PLC0415
    from ..models.workflow_call_execution import WorkflowCallExecution  # noqa: PLC0415
    from ..models.workflow_call_frame import WorkflowCallFrame  # noqa: PLC0415

    return (
        Graph,
        GraphExecutionStateErrors,
        GraphExecutionStateIndegree,
        GraphExecutionStatePreparedIterationPaths,
        GraphExecutionStatePreparedSourceMapping,
        GraphExecutionStateResults,
        GraphExecutionStateSourcePreparedMapping,
        WorkflowCallExecution,
        WorkflowCallFrame,
    )
