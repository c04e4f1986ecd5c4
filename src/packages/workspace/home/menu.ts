// The workspace's menu for a role. The server checks every action again; the menu only leaves out
// what the role would be refused.
import { canEditEvents } from '@/domain/event-workflow'
import { canAdminister, type OrganiserRole } from '@/domain/organiser-roles'
import {
  openManageEvents,
  openWorkspaceAudit,
  openWorkspaceDashboard,
  openWorkspaceEvents,
  openWorkspaceFilings,
  openWorkspaceMembers,
  openWorkspaceReview,
  openWorkspaceSetup,
} from '@/services/navigation'

export interface MenuEntry {
  title: string
  hint: string
  open: () => void
}

export function workspaceMenu(role: OrganiserRole): MenuEntry[] {
  const office = canAdminister(role)
  // Check-in staff work the door of their events; units and the office also run registrations.
  const managesEvents = role.kind !== 'checkin-staff'
  return [
    {
      title: '签到',
      hint: '扫描入场码或输入签到码，查看到场人数',
      open: () => openWorkspaceEvents('checkin'),
    },
    ...(canEditEvents(role)
      ? [
          {
            title: '活动管理',
            hint: '新建和修改活动，提交审核与发布',
            open: openManageEvents,
          },
        ]
      : []),
    ...(managesEvents
      ? [
          {
            title: '报名管理',
            hint: '审核报名、现场加入、导出名单',
            open: () => openWorkspaceEvents('registrations'),
          },
        ]
      : []),
    ...(managesEvents
      ? [
          {
            title: '材料报送',
            hint: '主题活动情况清单、活动信息、活动总结',
            open: () => openWorkspaceFilings(),
          },
        ]
      : []),
    ...(office
      ? [
          {
            title: '审核活动信息',
            hint: '发布或退回成员单位报送的活动信息',
            open: openWorkspaceReview,
          },
          {
            title: '数据看板',
            hint: '报名、签到、答题数据，各单位报送情况，生成总结表',
            open: openWorkspaceDashboard,
          },
          {
            title: '成员与邀请码',
            hint: '邀请成员单位和签到员，撤销权限',
            open: openWorkspaceMembers,
          },
          { title: '操作记录', hint: '谁在什么时候做了什么', open: openWorkspaceAudit },
          {
            title: '初始化与自检',
            hint: '载入宣传周数据，检查云开发环境',
            open: openWorkspaceSetup,
          },
        ]
      : []),
  ]
}
