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
    "IssuingBody": "发文机关", "DocNumber": "发文字号",
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
