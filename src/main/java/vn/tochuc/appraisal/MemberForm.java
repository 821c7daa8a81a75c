package vn.tochuc.appraisal;

import java.util.List;

/** Everything a member's evaluation form shows (page and PDF): the cycle, the steps, work items, the engine. */
public record MemberForm(
        Cycle cycle, Member member, String unitName, TaskResult tasks, List<WorkItem> items, EngineOutcome engine) {}
