"use client"
import {useEffect,useState} from "react" ;  


export function LegacyWidget( ){
	const [count,setCount]=useState(0)   
	useEffect(()=>{ fetch( "/api/notes/count" ).then(r=>r.json()).then(d=>setCount(d.count)) },[])
	return <span   className = "legacy" >{ count }  notes</span>
}