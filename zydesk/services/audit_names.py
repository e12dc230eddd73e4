"""The Chinese names the audit viewer, `audit list` and the audit export show for the objects an entry is
about. ORM entries name the model class (Cadre); entries written by a service already carry a Chinese
kind (Excel导入, 数据库), which is shown as it is."""
from __future__ import annotations

MODEL_NAMES: dict[str, str] = {
    # foundation
    "CodeItem": "代码表项", "DisciplineKind": "处分影响期", "Setting": "设置", "Unit": "单位", "Cadre": "干部",
    "Post": "任职", "Appraisal": "年度考核", "Vote": "民主测评", "UnitScore": "单位目标责任考核",
    "Commendation": "表彰", "Discipline": "处分和组织处理", "AuditEntry": "审计记录",
    # 能上能下
    "Determination": "责任认定", "DeterminationCadre": "责任认定涉及干部", "KeyTaskRank": "重点工作考核排名",
    "LeaderAssignment": "分管指标", "PovertyAssessment": "扶贫绩效考核", "HealthRecord": "健康状况记录",
    "PersonalRequest": "个人申请", "Proposal": "调整事项", "ProposalStep": "调整程序步骤",
    # 优秀干部、奖励
    "ExcellentRound": "优秀干部评选", "ExcellentQuota": "优秀干部名额", "ExcellentNomination": "优秀干部推荐人选",
    "ExcellentStageChange": "推荐环节变更", "Honour": "奖励", "HonourStep": "奖励报批步骤",
    "HonourSuggestionDecision": "记三等功建议处理", "CommendationTag": "表彰类别", "KeyWork": "重点工作表现",
    "PromotionReview": "资格审查", "ReserveEntry": "后备干部",
    # 打印
    "IssuingBody": "发文机关", "DocNumber": "发文字号", "IssuedDocument": "公文编号", "SealRelease": "解除封存",
    # 考核排名、奖金
    "AwardOverride": "奖项人工认定", "TieBreak": "并列名次处理", "RecordedAward": "单项奖",
    "MonitoringRank": "监测考评排名", "BonusAmount": "奖金标准", "BonusPlan": "奖金分配方案",
    "BonusLine": "奖金分配明细",
    # 容错纠错
    "WorkdayYear": "节假日安排", "WorkdayDay": "节假日调整", "ToleranceCase": "容错纠错案件",
    "ToleranceEvidence": "容错证据材料", "ToleranceHearing": "容错听取意见", "ToleranceFiling": "容错备案",
    "ToleranceCorrection": "纠错整改", "ToleranceFollowup": "跟踪回访", "ToleranceClarification": "澄清正名",
    # 账号
    "Account": "账号",
}


def object_name(object_type: str) -> str:
    """The Chinese name of an entry's object kind (the kind itself when it has none)."""
    return MODEL_NAMES.get(object_type, object_type)


# The fields of the records, for before/after: what the clerk knows them as.
FIELD_NAMES: dict[str, str] = {
    "acceptance_note": "采纳说明", "accepted": "是否采纳", "accepted_on": "采纳日期",
    "accountability_concluded": "问责办结日期", "accountability_started": "问责启动日期", "action": "操作",
    "active": "启用", "added_on": "列入日期", "after": "变更后", "amount": "金额", "applicant_cadre_id": "申请干部",
    "applicant_name": "申请人", "applicant_type": "申请人类别", "applicant_unit_id": "申请单位",
    "applied_on": "申请日期", "arrangement": "安排", "article": "条", "at": "时间", "attachments": "附件",
    "award": "奖项", "award_kind": "奖项类别", "before": "变更前", "birth_date": "出生日期", "body": "机关",
    "body_id": "发文机关", "by": "经办人", "cadre_id": "干部", "case_id": "案件", "case_kind": "案件类别",
    "category": "类别", "category_basis": "类别依据", "checked_at": "检查时间", "checks": "检查项",
    "circumstances": "情形", "city_count": "全市参评数", "city_rank": "全市排名", "city_recommended": "市推荐",
    "closed_on": "办结日期", "closes": "截止", "coefficient": "系数", "coefficients": "系数",
    "commend_plus": "表彰加分", "commendation_id": "表彰", "concluded_on": "结论日期", "conclusion": "结论",
    "conclusion_reason": "结论理由", "correction_id": "纠错", "counts": "票数", "created_at": "创建时间",
    "created_by": "创建人", "data": "数据", "date": "日期", "day": "日期", "decided_on": "决定日期",
    "decision": "决定", "decision_date": "决定日期", "deciding_body": "决定机关", "deeds": "事迹",
    "description": "说明", "determination_id": "责任认定", "disabled": "停用", "document_no": "文号",
    "dual_managed": "双重管理", "education": "学历", "effect_end": "影响期截止", "eligible": "符合条件",
    "end_date": "结束日期", "entered_at": "录入时间", "entered_by": "录入人", "ethnicity": "民族",
    "evidence": "证据", "excess_plus": "超额加分", "exchange": "交流", "exclusions": "排除情形",
    "exit_accuracy": "退出准确率", "facts": "事实", "feedback_on": "反馈日期", "field": "领域",
    "filed_on": "备案日期", "findings": "认定情况", "fraud": "弄虚作假", "fraud_note": "弄虚作假说明",
    "from_stage": "原环节", "gender": "性别", "grade": "等次", "group": "考核类别", "group_name": "分组",
    "handling": "处理", "handling_body": "处理机关", "handling_item": "处理依据", "hash": "校验值",
    "health": "健康状况", "heard_on": "听取意见日期", "honour_id": "奖励", "host_body": "主办机关",
    "host_kind": "主办机关类别", "id": "编号", "id_accuracy": "识别准确率", "id_number": "公民身份号码",
    "impact_end": "影响期截止", "impact_months": "影响期（月）", "indicator": "指标", "is_frontline": "基层一线",
    "is_leadership": "领导职务", "is_principal": "正职", "issued_at": "发文时间", "issued_by": "发文人",
    "issuer": "发文机关", "item": "项", "key": "设置项", "kind": "类型", "label": "名称",
    "late_reason": "逾期原因", "leader_id": "分管领导", "level": "职务层次", "lines": "内容", "mark": "标记",
    "matter": "事项", "measure": "措施", "measure_item": "措施依据", "method": "方式",
    "methods_allowed": "可用方式", "mitigation": "从轻情节", "mode": "方式", "months": "月数",
    "must_change": "须改口令", "name": "名称", "native_place": "籍贯", "nomination_id": "推荐人选",
    "note": "备注", "notice": "通知", "number": "号", "object_id": "对象编号", "object_type": "对象",
    "on": "日期", "opinion": "意见", "overrun_reason": "超期原因", "party": "当事方", "party_date": "入党时间",
    "password_changed_at": "口令修改时间", "password_hash": "口令", "plan_id": "分配方案",
    "plus_points": "加分", "political_status": "政治面貌", "post_id": "职务", "post_text": "职务",
    "prefix": "发文字号前缀", "proposal_id": "调整事项", "proposed_method": "建议方式",
    "province_count": "全省参评数", "province_rank": "全省排名", "publicity": "公示", "reason": "理由",
    "received_on": "收到日期", "recipient": "对象", "recommended": "推荐", "remainder_rule": "余数规则",
    "removal_reason": "移出原因", "removed_on": "移出日期", "report_on": "报告日期",
    "report_summary": "报告摘要", "request": "申请", "requirement": "要求", "result": "结果",
    "retreat_province_rank": "全省排名后退", "review_date": "审查日期", "role": "角色", "roles": "角色",
    "round_id": "评选轮次", "run_at": "运行时间", "run_by": "运行人", "satisfaction": "满意度",
    "score": "得分", "selection_date": "评选日期", "sent_on": "发出日期", "seq": "序号",
    "short_name": "简称", "sort": "排序", "sort_order": "排序", "source": "来源", "source_ref": "来源文号",
    "stage": "环节", "start_date": "任职时间", "status": "状态", "step": "步骤", "subject": "对象",
    "subject_type": "对象类别", "summary": "摘要", "table_name": "代码表", "target": "目标", "task": "任务",
    "task_done": "任务完成", "text": "内容", "title": "职务/名称", "to_stage": "新环节",
    "tol_category": "容错类别", "tol_overall": "容错总体", "tolerance_case": "容错案件", "total": "合计",
    "total_target": "目标合计", "unit_id": "单位", "user": "账号", "value": "值", "veto_reason": "否决理由",
    "vetoed": "一票否决", "village": "村", "void_reason": "作废原因", "voided_at": "作废时间",
    "vote_type": "测评类别", "votes": "票数", "winners": "获奖名单", "work": "工作", "work_start": "参加工作时间",
    "year": "年度", "doc_kind": "文件种类", "doc_key": "文件对象", "number_id": "发文字号",
    "written_date": "成文日期", "signer": "签发人", "area": "事项", "released_at": "解除时间",
    "released_by": "解除人", "relocked_at": "重新封存时间", "relocked_by": "重新封存人",
}


def field_name(key: str) -> str:
    """A record field's Chinese name (the key itself for one the table does not know, e.g. a Chinese key)."""
    return FIELD_NAMES.get(key, key)
