"""Domain values of 鼓励激励 as enums. Each value is the Chinese label stored today, so the database, the
JSON and the printed forms read the same; a member compares equal to its label (StrEnum)."""
from __future__ import annotations

from enum import StrEnum


class AwardGrade(StrEnum):
    """Grades of an award (第十二条: 特等奖 only for 重大改革创新贡献奖; 年度目标责任考核奖 uses 一、二、三等奖)."""

    SPECIAL = "特等奖"
    FIRST = "一等奖"
    SECOND = "二等奖"
    THIRD = "三等奖"


RANKING_GRADES: tuple[AwardGrade, ...] = (AwardGrade.FIRST, AwardGrade.SECOND, AwardGrade.THIRD)
REFORM_GRADES: tuple[AwardGrade, ...] = tuple(AwardGrade)


class Stage(StrEnum):
    """Stages of a nomination for “敢担当、善作为”优秀干部 (第九条), in order; REJECTED ends it at any stage."""

    NOMINATED = "推荐"
    CHECKED = "审核"
    REVIEWED = "评审"
    PUBLICISED = "公示"
    ELECTED = "当选"
    REJECTED = "未通过"


STAGE_ORDER: tuple[Stage, ...] = (Stage.NOMINATED, Stage.CHECKED, Stage.REVIEWED, Stage.PUBLICISED, Stage.ELECTED)


class AppraisalGrade(StrEnum):
    """公务员年度考核等次 as the bonus plan (第十一条) and the checks of this area use them."""

    EXCELLENT = "优秀"
    COMPETENT = "称职"
    BASIC = "基本称职"
    INCOMPETENT = "不称职"
    UNRATED = "不定等次"
