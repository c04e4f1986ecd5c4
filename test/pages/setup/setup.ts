// '@tarojs/taro' must load first: importing the runtime before it hits a circular import on
// `history`. createReactApp wires React into the page hooks (else they throw
// "React.useContext is not a function").
import '@tarojs/taro'
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import type { PropsWithChildren } from 'react'
import * as React from 'react'
import * as ReactDOM from 'react-dom'

createReactApp(({ children }: PropsWithChildren) => children, React, ReactDOM, {})
