"""Fill locale/en/LC_MESSAGES/django.po from the table below (run after makemessages), then
compile with `python manage.py compilemessages`. Chinese is the source language of the UI."""

import re
from pathlib import Path

EN = {
    "基础": "Core", "创建时间": "Created", "更新时间": "Updated", "新增": "Created", "修改": "Changed", "删除": "Deleted",
    "对象类型": "Object type", "对象编号": "Object id", "对象": "Object", "操作": "Action", "操作人": "By", "时间": "Time",
    "修改前": "Before", "修改后": "After", "来源": "Source", "变更记录": "Change log", "演示数据": "Demo data",
    "经济运行": "Economic operations", "累计流量": "Cumulative flow", "存量": "Stock", "比率/占比": "Rate / share",
    "计数": "Count", "越高越好": "Higher is better", "越低越好": "Lower is better", "现价": "Current prices",
    "可比价": "Comparable prices", "不变价": "Constant prices", "月度": "Monthly", "季度": "Quarterly",
    "预期目标": "Expected target", "拼搏目标": "Stretch target", "预计": "Estimate", "快报": "Flash", "正式": "Final",
    "绿牌": "Green", "黄牌": "Yellow card", "红牌": "Red card", "无目标": "No target",
    "按上年同期占全年比重": "By last year's share", "按时间进度线性推算": "Linear by time", "无法推算": "Not projectable",
    "年度": "Year", "期间": "Period", "填报单位": "Reporting unit", "数据状态": "Status",
    "已核对大幅变动的数据，确认无误": "I have checked the large changes; the figures are correct",
    "1-N月累计": "Year to date", "本月": "This month", "上年同期": "Same period last year", "同比增长(%)": "YoY growth (%)",
    "Excel 文件 (.xlsx)": "Excel file (.xlsx)", "年度（表中未写明时）": "Year (if the sheet does not say)",
    "期间（表中未写明时）": "Period (if the sheet does not say)", "填报单位（表中未写明时）": "Unit (if the sheet does not say)",
    "仅检查，不保存": "Check only, do not save", "单位": "Unit", "指标": "Indicator", "档次": "Tier",
    "目标值（按指标计量单位）": "Target (in the indicator's unit)", "目标增速(%)": "Target growth (%)",
    "牵头责任单位": "Lead unit", "代码": "Code", "名称": "Name", "别名": "Aliases", "计量单位": "Unit of measure",
    "类型": "Type", "方向": "Direction", "增速口径": "Growth basis", "频度": "Frequency",
    "首个报告期(1-N月的N)": "First reporting month", "工业、投资自1-2月起报，填2；季度指标填3。":
    "Industry and investment start with Jan-Feb: enter 2; quarterly indicators 3.", "显示小数位": "Decimals shown",
    "口径说明": "Definition", "排序": "Order", "启用": "Active", "目标档次": "Target tier", "目标值": "Target value",
    "目标内容(原文)": "Target text (as written)", "目标": "Target",
    "该单位该指标该档次的年度目标已存在。": "This unit already has a target of this tier for this indicator.",
    "目标须有目标值或目标增速。": "A target needs a value or a growth rate.", "截至月份(1-N月)": "Up to month",
    "累计值": "Year-to-date value", "本月值": "Month value", "上年同期累计": "Last year, same period",
    "增速为推算": "Growth derived", "修订次数": "Revisions", "备注": "Note", "最后修改人": "Last changed by",
    "月度数据": "Monthly figure", "该单位该指标该期的数据已存在。": "This figure already exists.",
    "月份须在1至12之间。": "Month must be 1 to 12.", "截至月份": "Up to month", "预期目标值": "Expected target",
    "拼搏目标值": "Stretch target", "完成预期目标(%)": "Completion (%)", "完成拼搏目标(%)": "Stretch completion (%)",
    "时间进度(%)": "Time progress (%)", "超/低于时间进度(百分点)": "Ahead/behind time (points)",
    "增速高/低于目标(百分点)": "Growth vs target (points)", "全年预测": "Full-year projection",
    "预测方法": "Projection method", "增速排名": "Growth rank", "完成率排名": "Completion rank",
    "参与排名单位数": "Units ranked", "红黄牌": "Cards", "原因": "Reasons", "计算时间": "Computed at",
    "评估结果": "Assessment", "开发区": "Zone", "黄牌：落后时间进度超过(百分点)": "Yellow: behind time by more than (points)",
    "红牌：落后时间进度超过(百分点)": "Red: behind time by more than (points)",
    "增速低于目标增速记黄牌": "Yellow when growth is below target growth",
    "连续黄牌几个月升为红牌": "Months of yellow that make a red", "填0表示不升级。": "0 disables escalation.",
    "红黄牌规则": "Card rules", "查看": "Show", "经济运行总览": "economic overview",
    "竖线为时间进度；进度条为完成全年预期目标": "The tick marks time progress; the bar shows completion of the annual target",
    "仅发布增速": "growth rate only", "同比": "YoY", "推算": "derived", "完成": "Done", "时间进度": "Time",
    "目标增速": "Target growth", "尚无指标。": "No indicators yet.", "年尚无数据。": "has no data yet.",
    "园区": "Zone", "组织": "Organisation", "全区": "Whole zone", "部门": "Department", "街道": "Street",
    "产业办": "Industrial office", "领导小组办公室": "Leading-group office", "系统管理员": "Administrator",
    "经发局统计": "Statistics", "单位填报": "Unit reporter", "领导": "Leader", "简称": "Short name",
    "区划或统计代码": "Area or statistical code", "上级单位": "Parent unit", "所属单位": "Unit", "角色": "Role",
    "电话": "Phone", "连续登录失败次数": "Failed logins", "锁定至": "Locked until", "用户": "User",
    "密码须至少包含小写字母、大写字母、数字、符号中的三类。":
    "A password needs three of: lower-case letters, upper-case letters, digits, symbols.",
    "通报与报表": "Bulletins and reports", "园区经济运行": "Zone economic operations", "总览": "Overview",
    "排名": "Rankings", "年度目标": "Targets", "月度填报": "Monthly entry", "Excel导入": "Excel import",
    "月度通报": "Bulletin", "退出": "Log out", "登录": "Log in", "园区经济运行平台": "yuanqu — zone economic operations",
    "用户名或密码错误；连续失败 5 次账号将被锁定 30 分钟。":
    "Wrong user name or password; after 5 failures the account is locked for 30 minutes.",
    "用户名": "User name", "密码": "Password", "单位": "Units",
}


def main() -> None:
    path = Path(__file__).parent / "en" / "LC_MESSAGES" / "django.po"
    text = path.read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        msgid = match.group(1)
        return f'msgid "{msgid}"\nmsgstr "{EN.get(msgid, "")}"'

    text = re.sub(r'msgid "(.+)"\nmsgstr ""', fill, text)
    text = text.replace("#, fuzzy\n", "", 1)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
