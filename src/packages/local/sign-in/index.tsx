// Local preview only (H5): pick or create the user the gateway will see as the caller.
import { Button, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { callCloud } from '@/services/cloud'
import {
  createLocalUser,
  localIdentity,
  localUsers,
  signInAs,
  signOut,
  type LocalIdentity,
} from '@/services/local-identity'
import './index.scss'

export default function LocalSignInPage() {
  const [current, setCurrent] = useState(localIdentity)
  const [users, setUsers] = useState(localUsers)
  const [name, setName] = useState('')
  const [serverSees, setServerSees] = useState<string>()

  const choose = (user: LocalIdentity) => {
    signInAs(user)
    setCurrent(user)
    setServerSees(undefined)
  }
  const create = () => {
    if (!name.trim()) return
    setCurrent(createLocalUser(name))
    setUsers(localUsers())
    setName('')
    setServerSees(undefined)
  }
  const check = async () => {
    const result = await callCloud('account', 'whoami')
    setServerSees(result.ok ? result.data.openid : result.error.message)
  }

  return (
    <View className="sign-in">
      <Text className="sign-in__note">
        本地预览登录：在微信中身份由平台提供；这里为本浏览器选择或新建一个用户，仅用于本机预览，没有密码。
      </Text>

      <View className="sign-in__current" role="status">
        <Text>
          当前身份：{current.name}（{current.openid}）
        </Text>
      </View>

      <View className="sign-in__create">
        <Input
          className="sign-in__input"
          value={name}
          placeholder="新用户的名字，如 张三"
          maxlength={20}
          onInput={(event) => setName(event.detail.value)}
          ariaLabel="新用户的名字"
        />
        <Button
          className="sign-in__button sign-in__button--primary"
          onClick={create}
          disabled={!name.trim()}
        >
          新建并登录
        </Button>
      </View>

      {users.map((user) => (
        <Button
          key={user.openid}
          className={`sign-in__user${user.openid === current.openid ? ' sign-in__user--current' : ''}`}
          onClick={() => choose(user)}
        >
          {user.name}
        </Button>
      ))}

      <Button className="sign-in__button" onClick={() => choose(signOut())}>
        退出，作为新访客浏览
      </Button>
      <Button className="sign-in__button" onClick={check}>
        查看服务器识别的身份
      </Button>
      {serverSees !== undefined && (
        <Text className="sign-in__note">服务器识别为：{serverSees || '匿名'}</Text>
      )}
    </View>
  )
}
